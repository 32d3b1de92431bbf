/**
 * Markdown → HTML for record bodies. Raw HTML that an author types is shown as text rather than run, and
 * rehype-sanitize strips anything dangerous that Markdown itself can express (javascript: links, etc.).
 */
import type { Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

import { cachedMarkdown } from "./markdown-cache";

export interface MarkdownSection {
  heading: string;
  /** 1-based line of the heading within the Markdown text. */
  line: number;
  html: string;
  /** Plain text of the section, for search, descriptions and FAQ answers. */
  text: string;
}

export interface ParsedBody {
  /** Content before the first `## ` heading (authors should leave it empty); null (JSON-safe) when none. */
  preamble: MarkdownSection | null;
  sections: MarkdownSection[];
}

const parser = unified().use(remarkParse).use(remarkGfm);
const renderer = unified().use(remarkRehype).use(rehypeSanitize).use(rehypeStringify);

/** Authors' raw HTML becomes visible text: inert, and nothing they wrote silently disappears. */
function neutraliseRawHtml(nodes: RootContent[], isBlockLevel: boolean): RootContent[] {
  return nodes.map((node) => {
    if (node.type === "html") {
      const text = { type: "text", value: node.value } as const;
      return (isBlockLevel ? { type: "paragraph", children: [text] } : text) as RootContent;
    }
    if ("children" in node && Array.isArray(node.children)) {
      const childrenAreBlocks = ["blockquote", "list", "listItem"].includes(node.type);
      const children = neutraliseRawHtml(node.children as RootContent[], childrenAreBlocks);
      return { ...node, children } as RootContent;
    }
    return node;
  });
}

/** Plain text with a blank line between blocks, so list items do not run together. */
function plainText(nodes: RootContent[]): string {
  return nodes
    .map((node) =>
      ["list", "listItem", "blockquote"].includes(node.type) && "children" in node
        ? plainText(node.children as RootContent[])
        : toString(node).replace(/\s*\n\s*/g, " "),
    )
    .filter(Boolean)
    .join("\n");
}

function renderNodes(children: RootContent[]): { html: string; text: string } {
  const root: Root = { type: "root", children: neutraliseRawHtml(children, true) };
  const hast = renderer.runSync(root);
  const html = renderer.stringify(hast as never);
  const text = plainText(children).trim();
  return { html: String(html).trim(), text };
}

/** Parses a Markdown body and renders each `## ` section separately so pages can place them. */
export function parseMarkdownSections(markdown: string): ParsedBody {
  return cachedMarkdown("sections", markdown, () => parseSectionsUncached(markdown));
}

function parseSectionsUncached(markdown: string): ParsedBody {
  const tree = parser.runSync(parser.parse(markdown)) as Root;
  const sections: MarkdownSection[] = [];
  let preambleNodes: RootContent[] = [];
  let current: { heading: string; line: number; nodes: RootContent[] } | undefined;

  const flush = () => {
    if (current)
      sections.push({
        heading: current.heading,
        line: current.line,
        ...renderNodes(current.nodes),
      });
  };

  for (const node of tree.children) {
    if (node.type === "heading" && node.depth === 2) {
      flush();
      current = { heading: toString(node).trim(), line: node.position?.start.line ?? 1, nodes: [] };
    } else if (current) {
      current.nodes.push(node);
    } else {
      preambleNodes.push(node);
    }
  }
  flush();

  preambleNodes = preambleNodes.filter(
    (node) => toString(node).trim() !== "" || node.type !== "paragraph",
  );
  const preamble = preambleNodes.length
    ? {
        heading: "",
        line: preambleNodes[0]?.position?.start.line ?? 1,
        ...renderNodes(preambleNodes),
      }
    : null;
  return { preamble, sections };
}

/** Renders a standalone Markdown fragment (e.g. a specialty description) to sanitised HTML. */
export function renderMarkdown(markdown: string): { html: string; text: string } {
  return cachedMarkdown("fragment", markdown, () => {
    const tree = parser.runSync(parser.parse(markdown)) as Root;
    return renderNodes(tree.children);
  });
}
