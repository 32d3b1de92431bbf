/**
 * remark plugin: `[[D3351]]` in a post becomes a link to /codes/D3351 with a preview card (name, code
 * system, one-line description) taken from the code's record.
 *
 * The card is plain HTML and CSS, so it works without JavaScript: a `role="tooltip"` span after the link,
 * named by the link's aria-describedby (screen readers announce it as the link's description) and shown by
 * components/blog/post-body.css on :hover and :focus-within. Inside headings and tables, where a floating
 * card would be clipped or read into the heading text, the reference is a plain link.
 *
 * A reference to a code without a record, or one that is not a code, becomes a file message at its line.
 * Authors: docs/blog.md.
 */
import type { Data, Literal, Parents, PhrasingContent, Root } from "mdast";
import type { Plugin } from "unified";

import { getCodeSystem, normalizeCode, type CodeSystemId } from "@/lib/codes/code-system";
import { didYouMean } from "@/lib/content/problems";
import { fitDescription } from "@/lib/seo/metadata";
import { codePath } from "@/lib/site";

import { replaceInText } from "./text-nodes";

/** What a preview card shows about a code. */
export interface CodeSummary {
  code: string;
  name: string;
  description: string;
  system: CodeSystemId;
}

export interface RemarkCodeReferencesOptions {
  /** Every code that has a record, by canonical code. */
  codes: ReadonlyMap<string, CodeSummary>;
  /** Called for every valid reference, in document order. */
  onReference?: (code: string) => void;
}

/** An mdast node for one reference; its value is the code, so plain-text views read "D3351". */
export interface CodeReference extends Literal {
  type: "codeReference";
  data: Data;
}

declare module "mdast" {
  interface PhrasingContentMap {
    codeReference: CodeReference;
  }
  interface RootContentMap {
    codeReference: CodeReference;
  }
}

type ElementContent = NonNullable<Data["hChildren"]>[number];

/** Card text is cut to one line's worth; the code page has the full description. */
const CARD_DESCRIPTION_LENGTH = 140;
export const CODE_REFERENCE_PATTERN = /\[\[([^[\]\n]*)\]\]/;

function span(className: string, text: string): ElementContent {
  return {
    type: "element",
    tagName: "span",
    properties: { className: [className] },
    children: [{ type: "text", value: text }],
  };
}

function codeLink(code: string, describedBy?: string): ElementContent {
  return {
    type: "element",
    tagName: "a",
    properties: {
      href: codePath(code),
      ...(describedBy ? { ariaDescribedBy: [describedBy] } : {}),
    },
    children: [
      {
        type: "element",
        tagName: "code",
        properties: {},
        children: [{ type: "text", value: code }],
      },
    ],
  };
}

function referenceWithCard(summary: CodeSummary, id: string): CodeReference {
  const card: ElementContent = {
    type: "element",
    tagName: "span",
    properties: { id, role: "tooltip", className: ["code-ref-card"] },
    children: [
      span("code-ref-system", `${getCodeSystem(summary.system).label} code`),
      { type: "text", value: " " },
      span("code-ref-name", summary.name),
      { type: "text", value: " " },
      span("code-ref-description", fitDescription(summary.description, CARD_DESCRIPTION_LENGTH)),
    ],
  };
  return {
    type: "codeReference",
    value: summary.code,
    data: {
      hName: "span",
      hProperties: { className: ["code-ref"] },
      hChildren: [codeLink(summary.code, id), card],
    },
  };
}

function plainReference(code: string): PhrasingContent {
  return { type: "link", url: codePath(code), children: [{ type: "inlineCode", value: code }] };
}

const isInside = (ancestors: readonly Parents[], types: string[]) =>
  ancestors.some((node) => types.includes(node.type));

export const remarkCodeReferences: Plugin<[RemarkCodeReferencesOptions], Root> =
  (options) => (tree, file) => {
    let count = 0;
    replaceInText(tree, CODE_REFERENCE_PATTERN, ({ match, line, column, ancestors }) => {
      const written = match[1]!.trim();
      const code = normalizeCode(written);
      const report = (message: string) => {
        file.message(message, { line, column });
        return undefined;
      };
      if (!code)
        return report(
          `[[${written}]] is not a billing code; write a code such as [[D3351]] or [[99213]]`,
        );
      if (code !== written) return report(`write the code reference as [[${code}]]`);
      const summary = options.codes.get(code);
      if (!summary) {
        return report(
          `code reference [[${code}]] has no record in content/codes${didYouMean(code, options.codes.keys(), 1)}`,
        );
      }
      if (isInside(ancestors, ["link", "linkReference"]))
        return report(`[[${code}]] is inside a link; a code reference is a link already`);
      options.onReference?.(code);
      if (isInside(ancestors, ["heading", "table"])) return [plainReference(code)];
      count += 1;
      return [referenceWithCard(summary, `code-ref-${count}-${code}`)];
    });
  };
