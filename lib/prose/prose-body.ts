/**
 * The Markdown body of a glossary entry or career guide, from source to sanitised HTML: figure directives
 * filled in from the fee-schedule data, site links checked, length checked, then rendered by the same
 * pipeline as code records. Problems are collected with file lines, never thrown one at a time.
 */
import type { ContentProblem } from "@/lib/content/problems";
import { renderMarkdown } from "@/lib/content/markdown";
import type { ReleaseInfo } from "@/lib/fee-schedule/load";
import { resolveFigureDirectives } from "@/lib/figures";

import { checkSiteLinks, type SiteLinkTargets } from "./site-links";

export interface ProseBodyInput {
  file: string;
  body: string;
  /** File line where the body starts. */
  firstLine: number;
  targets: SiteLinkTargets;
  /** Inclusive word limits for the rendered text. */
  words: { min: number; max: number };
}

export interface ProseBody {
  html: string;
  /** Plain text, for search and descriptions. */
  text: string;
  wordCount: number;
  /** Releases the body's figures come from, oldest first. */
  releases: ReleaseInfo[];
}

/** Words a reader sees: link targets, table pipes and emphasis marks are not words. */
export function countWords(markdown: string): number {
  return markdown
    .replace(/\]\([^)]*\)/g, "]")
    .replace(/[|*_#>`[\]]/g, " ")
    .split(/\s+/)
    .filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

export function buildProseBody(input: ProseBodyInput, problems: ContentProblem[]): ProseBody {
  const { file, body, firstLine, targets, words } = input;
  const figures = resolveFigureDirectives(body, file, { firstLine });
  problems.push(...figures.problems, ...checkSiteLinks(body, file, firstLine, targets));

  let inFence = false;
  body.split("\n").forEach((line, index) => {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    else if (!inFence && /^#\s/.test(line)) {
      problems.push({
        file,
        line: firstLine + index,
        field: "body",
        message: "the page title comes from the frontmatter; start body headings at ##",
      });
    }
  });

  const wordCount = countWords(figures.markdown);
  const textLine =
    firstLine +
    Math.max(
      0,
      body.split("\n").findIndex((line) => line.trim() !== ""),
    );
  if (body.trim() === "") {
    problems.push({ file, line: firstLine, field: "body", message: "the body is empty" });
  } else if (wordCount < words.min || wordCount > words.max) {
    problems.push({
      file,
      line: textLine,
      field: "body",
      message: `the body has ${wordCount} words; write ${words.min}–${words.max}`,
    });
  }
  return { ...renderMarkdown(figures.markdown), wordCount, releases: figures.releases };
}
