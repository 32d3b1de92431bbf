/**
 * Fee-schedule figures written as `{{…}}` directives in Markdown — the one engine behind blog posts,
 * glossary entries and career guides; see docs/figures.md.
 */
export {
  FIGURE_DIRECTIVE_NAMES,
  isBlockDirective,
  resolveFigure,
  type Figure,
  type FigureCell,
  type FigureContext,
  type FigureTable,
} from "./figure-directives";
export { FigureDirectiveError, type CodeRowKey } from "./lookup";
export {
  resolveFigureDirectives,
  type ResolveFigureOptions,
  type ResolvedFigureText,
} from "./resolve-figure-directives";
