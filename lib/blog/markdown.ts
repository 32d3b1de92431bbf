/**
 * Markdown → HTML for blog posts. The same remark/rehype-sanitize stack as code records, plus two plugins:
 * figure directives (`{{rvu:99213:workRvu}}`, resolved by lib/figures, placed by remark-figures.ts) and
 * code references (`[[D3351]]`, remark-code-references.ts). rehype-sanitize runs after both, with the default (GitHub) schema extended
 * only by the classes and tooltip role of the preview card, so nothing an author types can add markup.
 */
import type { ElementContent, Root as HastRoot, RootContent as HastContent } from "hast";
import type { Nodes, Root } from "mdast";
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from "rehype-sanitize";
import rehypeSlug from "rehype-slug";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified, type Plugin } from "unified";

import { countWords } from "./reading-time";
import { remarkCodeReferences, type CodeSummary } from "./remark-code-references";
import { remarkFigures } from "./remark-figures";

export interface RenderedPostBody {
  html: string;
  wordCount: number;
  /** Codes referenced with [[CODE]], each once, in order of first mention. */
  codes: string[];
  /** True when at least one figure directive was filled in from the fee-schedule data. */
  usesFeeScheduleData: boolean;
  /** Problems with their 1-based line in the Markdown text. */
  problems: { line: number | undefined; message: string }[];
}

const CODE_REFERENCE_CLASSES = [
  "code-ref",
  "code-ref-card",
  "code-ref-system",
  "code-ref-name",
  "code-ref-description",
];

export const blogSanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    span: [
      ...(defaultSchema.attributes?.span ?? []),
      ["className", ...CODE_REFERENCE_CLASSES],
      ["role", "tooltip"],
    ],
  },
};

function visit(node: Nodes, fn: (node: Nodes) => void): void {
  fn(node);
  if ("children" in node) for (const child of node.children) visit(child, fn);
}

/** Raw HTML would be dropped silently and a `#` heading would compete with the title: both are errors. */
const remarkCheckStructure: Plugin<[], Root> = () => (tree, file) => {
  visit(tree, (node) => {
    if (node.type === "html") {
      file.message("raw HTML is not allowed in posts; write Markdown", node.position?.start);
    } else if (node.type === "heading" && node.depth === 1) {
      file.message(
        'use "## " for headings: the post title is the page\'s only level-1 heading',
        node.position?.start,
      );
    }
  });
};

const remarkCountWords: Plugin<[{ onCount: (words: number) => void }], Root> =
  ({ onCount }) =>
  (tree) => {
    let words = 0;
    visit(tree, (node) => {
      if (node.type === "text" || node.type === "inlineCode" || node.type === "codeReference")
        words += countWords(node.value);
    });
    onCount(words);
  };

/**
 * Wide tables (the fee-change tables) scroll sideways inside a focusable region instead of widening the
 * page, and cell alignment becomes a class. Runs after sanitising: this markup is the pipeline's own.
 */
const rehypeScrollableTables: Plugin<[], HastRoot> = () => (tree) => {
  let count = 0;
  const wrap = (children: HastContent[]): HastContent[] =>
    children.map((child) => {
      if (child.type !== "element") return child;
      // GFM column alignment arrives as the obsolete align attribute; post-body.css aligns by class.
      const { align } = child.properties;
      if ((child.tagName === "td" || child.tagName === "th") && align !== undefined) {
        delete child.properties.align;
        if (align === "right" || align === "center") {
          child.properties.className = [`align-${align}`];
        }
      }
      child.children = wrap(child.children) as ElementContent[];
      if (child.tagName !== "table") return child;
      count += 1;
      return {
        type: "element",
        tagName: "div",
        properties: {
          className: ["blog-table"],
          role: "region",
          // Numbered: regions on one page need distinct names.
          ariaLabel: `Table ${count} (scrolls sideways)`,
          tabIndex: 0,
        },
        children: [child],
      };
    });
  tree.children = wrap(tree.children);
};

/** Renders a post body. Problems are returned, not thrown, so the loader can report every file at once. */
export function renderPostBody(
  markdown: string,
  codes: ReadonlyMap<string, CodeSummary>,
): RenderedPostBody {
  const mentioned = new Set<string>();
  let usesFeeScheduleData = false;
  let wordCount = 0;
  const file = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkCheckStructure)
    .use(remarkFigures, {
      hasCodePage: (code) => codes.has(code),
      codesWithPages: [...codes.keys()],
      onResolved: () => (usesFeeScheduleData = true),
    })
    .use(remarkCodeReferences, { codes, onReference: (code) => mentioned.add(code) })
    .use(remarkCountWords, { onCount: (count) => (wordCount = count) })
    .use(remarkRehype)
    .use(rehypeSanitize, blogSanitizeSchema)
    // After sanitising, so heading anchors keep their readable ids (#what-a-wrvu-is).
    .use(rehypeSlug)
    .use(rehypeScrollableTables)
    .use(rehypeStringify)
    .processSync(markdown);
  return {
    html: String(file.value).trim(),
    wordCount,
    codes: [...mentioned],
    usesFeeScheduleData,
    // An inline HTML pair (<b>…</b>) is two nodes on one line: report it once.
    problems: file.messages
      .map((message) => ({ line: message.line ?? undefined, message: message.reason }))
      .filter(
        (problem, index, all) =>
          all.findIndex(
            (other) => other.line === problem.line && other.message === problem.message,
          ) === index,
      ),
  };
}
