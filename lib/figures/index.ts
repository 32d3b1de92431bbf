/** Fee-schedule figures written as `{{…}}` directives in Markdown; see docs/figures.md. */
export {
  FIGURE_DIRECTIVE_NAMES,
  FigureDirectiveError,
  resolveFigure,
  type ResolvedFigure,
} from "./figure-directives";
export {
  resolveFigureDirectives,
  type ResolveFigureOptions,
  type ResolvedFigureText,
} from "./resolve-figure-directives";
