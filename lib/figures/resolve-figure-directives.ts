/**
 * Replaces every `{{…}}` figure directive in a Markdown text with its formatted figure, before the text is
 * rendered. Problems are collected with the file line of each directive, never thrown one at a time, so
 * the content loaders can report them beside every other problem of the file. Blog posts resolve the same
 * directives on the Markdown syntax tree instead (lib/blog/remark-figures.ts), which can also place tables.
 */
import type { ContentProblem } from "@/lib/content/problems";
import { getReleases, type ReleaseInfo } from "@/lib/fee-schedule/load";

import { isBlockDirective, resolveFigure } from "./figure-directives";
import { FigureDirectiveError } from "./lookup";

export interface ResolveFigureOptions {
  /** File line of the text's first line (a record body starts below its frontmatter). Default 1. */
  firstLine?: number;
}

export interface ResolvedFigureText {
  /** The text with each directive replaced; a directive that failed is left as written. */
  markdown: string;
  /** One problem per directive that could not be resolved, with its file line. */
  problems: ContentProblem[];
  /** Releases the figures come from, oldest first, so a page can name its sources. */
  releases: ReleaseInfo[];
}

/** `{{` not preceded by a backslash, up to the next `}}` on the same line. */
const DIRECTIVE = /(?<!\\)\{\{([^{}\n]*)\}\}/g;
/** An opening `{{` left on a line after every complete directive is removed. */
const UNCLOSED = /(?<!\\)\{\{/;

function lineAt(text: string, index: number): number {
  let line = 0;
  for (
    let position = text.indexOf("\n");
    position !== -1 && position < index;
    position = text.indexOf("\n", position + 1)
  )
    line++;
  return line;
}

/**
 * Resolves the figure directives of a Markdown text (see docs/figures.md). `\{{` keeps a directive literal:
 * Markdown renders the escaped brace as a plain `{`.
 *
 * @param file the file the text comes from, for problem messages
 */
export function resolveFigureDirectives(
  markdown: string,
  file: string,
  options: ResolveFigureOptions = {},
): ResolvedFigureText {
  const firstLine = options.firstLine ?? 1;
  const problems: ContentProblem[] = [];
  const releases = new Set<string>();

  const resolved = markdown.replace(DIRECTIVE, (whole, source: string, offset: number) => {
    try {
      // Text replacement cannot place a table: only the blog's syntax-tree pipeline renders them.
      if (isBlockDirective(source)) {
        throw new FigureDirectiveError(
          "table directives work only in blog posts; write a Markdown table with inline directives",
        );
      }
      const figure = resolveFigure(source);
      if (figure.kind !== "inline") return whole;
      for (const release of figure.releases) releases.add(release.id);
      return figure.text;
    } catch (error) {
      if (!(error instanceof FigureDirectiveError)) throw error;
      problems.push({
        file,
        line: firstLine + lineAt(markdown, offset),
        field: "body",
        message: `${whole}: ${error.message}`,
      });
      return whole;
    }
  });

  markdown.split("\n").forEach((line, index) => {
    if (UNCLOSED.test(line.replace(DIRECTIVE, ""))) {
      problems.push({
        file,
        line: firstLine + index,
        field: "body",
        message:
          '"{{" without a closing "}}" on the same line (write \\{{ for a literal brace pair)',
      });
    }
  });

  return {
    markdown: resolved,
    problems,
    releases: getReleases().filter((release) => releases.has(release.id)),
  };
}
