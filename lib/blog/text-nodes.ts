/**
 * The one tree walk the blog's remark plugins share: find a pattern in Markdown text nodes and swap each
 * match for other nodes, knowing the match's line (for error messages) and the nodes it sits inside.
 * Inline code and code blocks are not text nodes, so `[[D3351]]` written in backticks stays literal.
 */
import type { Nodes, Parents, PhrasingContent, Root, Text } from "mdast";

export interface TextMatch {
  match: RegExpExecArray;
  /** 1-based line and column of the match in the Markdown source. */
  line: number;
  column: number;
  /** Enclosing nodes, outermost first (root excluded), e.g. [paragraph, link]. */
  ancestors: readonly Parents[];
}

/** Returns the replacement nodes, or undefined to keep the matched text as it is. */
export type TextReplacer = (found: TextMatch) => PhrasingContent[] | undefined;

function locate(node: Text, index: number): { line: number; column: number } {
  const start = node.position?.start ?? { line: 1, column: 1 };
  const before = node.value.slice(0, index);
  const newlines = before.split("\n").length - 1;
  if (newlines === 0) return { line: start.line, column: start.column + index };
  return { line: start.line + newlines, column: index - before.lastIndexOf("\n") };
}

function splitText(
  node: Text,
  pattern: RegExp,
  ancestors: readonly Parents[],
  replace: TextReplacer,
): PhrasingContent[] | undefined {
  const matcher = new RegExp(
    pattern.source,
    pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`,
  );
  const pieces: PhrasingContent[] = [];
  let last = 0;
  let changed = false;
  for (let match = matcher.exec(node.value); match; match = matcher.exec(node.value)) {
    const replacement = replace({ match, ancestors, ...locate(node, match.index) });
    if (!replacement) continue;
    if (match.index > last)
      pieces.push({ type: "text", value: node.value.slice(last, match.index) });
    pieces.push(...replacement);
    last = match.index + match[0].length;
    changed = true;
  }
  if (!changed) return undefined;
  if (last < node.value.length) pieces.push({ type: "text", value: node.value.slice(last) });
  return pieces;
}

function walk(
  parent: Parents,
  ancestors: readonly Parents[],
  pattern: RegExp,
  replace: TextReplacer,
): void {
  const inside = parent.type === "root" ? ancestors : [...ancestors, parent];
  const children: Nodes[] = [];
  let changed = false;
  for (const child of parent.children) {
    if (child.type === "text") {
      const pieces = splitText(child, pattern, inside, replace);
      if (pieces) {
        children.push(...pieces);
        changed = true;
        continue;
      }
    } else if ("children" in child) {
      walk(child, inside, pattern, replace);
    }
    children.push(child);
  }
  // Text only ever sits in phrasing positions, so the replacement keeps the parent's content model.
  if (changed) (parent as { children: Nodes[] }).children = children;
}

/** Replaces every match of `pattern` in the tree's text nodes (in place). */
export function replaceInText(tree: Root, pattern: RegExp, replace: TextReplacer): void {
  walk(tree, [], pattern, replace);
}
