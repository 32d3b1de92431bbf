/**
 * remark plugin: replaces figure directives with values from the imported fee-schedule data.
 *
 *   {{rvu:99213:workRvu}}            inline, anywhere in text
 *   {{fee-change-table:99213,99214}} block, alone in its paragraph: becomes a table
 *
 * A directive that cannot be resolved becomes a file message at its line (the loader reports it).
 */
import type { Parents, Root, RootContent } from "mdast";
import type { Plugin } from "unified";

import { FigureError, isBlockDirective, resolveFigure, type FigureOptions } from "./figures";
import { replaceInText } from "./text-nodes";

export interface RemarkFiguresOptions extends FigureOptions {
  /** Called once for every directive that resolved. */
  onResolved?: () => void;
}

const DIRECTIVE = /\{\{([^{}\n]*)\}\}/;
const BLOCK_PARAGRAPH = /^\s*\{\{([^{}\n]*)\}\}\s*$/;

export const remarkFigures: Plugin<[RemarkFiguresOptions], Root> = (options) => (tree, file) => {
  const resolve = (source: string, place: { line: number; column: number }) => {
    try {
      const figure = resolveFigure(source, options);
      options.onResolved?.();
      return figure;
    } catch (error) {
      if (!(error instanceof FigureError)) throw error;
      file.message(`figure {{${source}}}: ${error.message}`, place);
      return undefined;
    }
  };

  const replaceBlocks = (parent: Parents) => {
    parent.children.forEach((child, index) => {
      if (child.type !== "paragraph") {
        if ("children" in child) replaceBlocks(child);
        return;
      }
      const [only, ...rest] = child.children;
      const match =
        only?.type === "text" && rest.length === 0 ? BLOCK_PARAGRAPH.exec(only.value) : null;
      if (!match || !isBlockDirective(match[1]!)) return;
      const start = child.position?.start ?? { line: 1, column: 1 };
      const figure = resolve(match[1]!, start);
      // A failed block is dropped so the inline pass below does not report it a second time.
      const replacement: RootContent =
        figure?.kind === "block" ? figure.table : { type: "paragraph", children: [] };
      (parent.children as RootContent[])[index] = replacement;
    });
  };
  replaceBlocks(tree);

  replaceInText(tree, DIRECTIVE, ({ match, line, column }) => {
    const source = match[1]!;
    if (isBlockDirective(source)) {
      file.message(
        `figure {{${source}}}: a table directive must stand alone on its own line, with blank lines around it`,
        { line, column },
      );
      return undefined;
    }
    const figure = resolve(source, { line, column });
    return figure?.kind === "inline" ? [{ type: "text", value: figure.text }] : undefined;
  });
};
