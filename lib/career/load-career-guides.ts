/**
 * Loads and validates `content/career/*.md`: one guide per career stage, with figure directives filled in
 * from the fee-schedule data and every site link checked. Every problem is thrown together as one
 * ContentValidationError.
 */
import path from "node:path";

import { listMarkdownFiles, loadRecordFile } from "@/lib/content/load-records";
import { ContentValidationError, didYouMean, type ContentProblem } from "@/lib/content/problems";
import type { ReleaseInfo } from "@/lib/fee-schedule/load";
import { buildProseBody } from "@/lib/prose/prose-body";
import { CAREER_STAGES, type CareerStage } from "@/lib/site";

import {
  CAREER_GUIDE_WORDS,
  careerGuideFrontmatterSchema,
  type CareerGuideFrontmatter,
} from "./schema";

export interface CareerGuide extends CareerGuideFrontmatter {
  slug: CareerStage["slug"];
  /** The stage's short label, e.g. "Residents". */
  label: string;
  html: string;
  text: string;
  wordCount: number;
  /** Releases of the fee-schedule figures in the guide, oldest first. */
  releases: ReleaseInfo[];
  /** Path relative to the content root, e.g. "career/residents.md". */
  sourcePath: string;
}

export interface CareerLoadOptions {
  /** Codes that have a record; links to any other /codes/ page are errors. */
  knownCodes: ReadonlySet<string>;
  /** Glossary term slugs, for links to /resources/glossary/ pages. */
  glossarySlugs: ReadonlySet<string>;
}

/**
 * Loads the guides at `<contentDir>/career`, in the order of CAREER_STAGES. A content tree without a
 * career folder has no guides; once the folder exists, every stage needs its guide.
 */
export function loadCareerGuides(contentDir: string, options: CareerLoadOptions): CareerGuide[] {
  const problems: ContentProblem[] = [];
  const folder = path.join(contentDir, "career");
  const stageSlugs = CAREER_STAGES.map((stage) => stage.slug);
  const targets = {
    codes: options.knownCodes,
    glossary: options.glossarySlugs,
    career: new Set<string>(stageSlugs),
  };

  const files = listMarkdownFiles(folder, problems);
  const guides = files.flatMap((file): CareerGuide[] => {
    const loaded = loadRecordFile(file, careerGuideFrontmatterSchema, problems);
    if (!loaded) return [];
    const stage = CAREER_STAGES.find((candidate) => candidate.slug === loaded.id);
    if (!stage) {
      problems.push({
        file,
        field: "",
        message: `"${loaded.id}" is not a career stage${didYouMean(loaded.id, stageSlugs)}; guides are: ${stageSlugs.join(", ")}`,
      });
      return [];
    }
    const prose = buildProseBody(
      {
        file,
        body: loaded.body,
        firstLine: loaded.parsed.bodyStartLine,
        targets,
        words: CAREER_GUIDE_WORDS,
      },
      problems,
    );
    if (!loaded.data) return [];
    const { html, text, wordCount, releases } = prose;
    return [
      {
        slug: stage.slug,
        label: stage.label,
        ...loaded.data,
        html,
        text,
        wordCount,
        releases,
        sourcePath: path.relative(contentDir, file),
      },
    ];
  });

  if (files.length > 0) {
    for (const slug of stageSlugs.filter(
      (candidate) => !files.some((file) => path.basename(file, ".md") === candidate),
    )) {
      problems.push({
        file: folder,
        field: "",
        message: `missing the guide for "${slug}": add ${slug}.md`,
      });
    }
  }
  if (problems.length > 0) throw new ContentValidationError(problems);
  return guides.sort((a, b) => stageSlugs.indexOf(a.slug) - stageSlugs.indexOf(b.slug));
}
