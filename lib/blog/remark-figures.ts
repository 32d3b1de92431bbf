/**
 * remark plugin: replaces figure directives with values from the imported fee-schedule data, resolved by
 * the one figure engine (lib/figures, docs/figures.md). This file only places the results in the tree.
 *
 *   {{rvu:99213:workRvu}}            inline, anywhere in text
 *   {{fee-change-table:99213,99214}} block, alone in its paragraph: becomes a table
 *
 * A directive that cannot be resolved becomes a file message at its line (the loader reports it).
 */
import type { Parents, PhrasingContent, Root, RootContent, Table, TableCell } from "mdast";
import type { Plugin } from "unified";

import {
  FigureDirectiveError,
  isBlockDirective,
  resolveFigure,
  type FigureCell,
  type FigureTable,
} from "@/lib/figures";
import { codePath } from "@/lib/site";

import { replaceInText } from "./text-nodes";

export interface RemarkFiguresOptions {
  /** True when the code has a page on the site; tables link those codes. */
  hasCodePage(code: string): boolean;
  /** Every code with a page, for tables that rank them (movers-table). */
  codesWithPages: readonly string[];
  /** Called once for every directive that resolved. */
  onResolved?: () => void;
}

const DIRECTIVE = /\{\{([^{}\n]*)\}\}/;
const BLOCK_PARAGRAPH = /^\s*\{\{([^{}\n]*)\}\}\s*$/;

function toTableCell(value: FigureCell, options: RemarkFiguresOptions): TableCell {
  if (typeof value === "string") return { type: "tableCell", children: [{ type: "text", value }] };
  const written = value.modifier ? `${value.code}-${value.modifier}` : value.code;
  const code: PhrasingContent = { type: "inlineCode", value: written };
  return {
    type: "tableCell",
    children: [
      options.hasCodePage(value.code)
        ? { type: "link", url: codePath(value.code), children: [code] }
        : code,
    ],
  };
}

function toTable({ header, textColumns, rows }: FigureTable, options: RemarkFiguresOptions): Table {
  return {
    type: "table",
    align: header.map((_, index) => (index < textColumns ? "left" : "right")),
    children: [header, ...rows].map((cells) => ({
      type: "tableRow",
      children: cells.map((value) => toTableCell(value, options)),
    })),
  };
}

export const remarkFigures: Plugin<[RemarkFiguresOptions], Root> = (options) => (tree, file) => {
  const resolve = (source: string, place: { line: number; column: number }) => {
    try {
      const figure = resolveFigure(source, { codesWithPages: options.codesWithPages });
      options.onResolved?.();
      return figure;
    } catch (error) {
      if (!(error instanceof FigureDirectiveError)) throw error;
      file.message(`{{${source}}}: ${error.message}`, place);
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
        figure?.kind === "block"
          ? toTable(figure.table, options)
          : { type: "paragraph", children: [] };
      (parent.children as RootContent[])[index] = replacement;
    });
  };
  replaceBlocks(tree);

  replaceInText(tree, DIRECTIVE, ({ match, line, column }) => {
    const source = match[1]!;
    if (isBlockDirective(source)) {
      file.message(
        `{{${source}}}: a table directive must stand alone on its own line, with blank lines around it`,
        { line, column },
      );
      return undefined;
    }
    const figure = resolve(source, { line, column });
    return figure?.kind === "inline" ? [{ type: "text", value: figure.text }] : undefined;
  });
};
