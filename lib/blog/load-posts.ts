/**
 * Reads `<content>/blog/*.md`, validates each post's frontmatter with the same loader and problem format as
 * code records (lib/content), renders the body and collects every problem — frontmatter, code references,
 * figure directives — into one ContentValidationError.
 */
import path from "node:path";

import { getCodeSystem, type CodeSystemId } from "@/lib/codes/code-system";
import { contentFileExists } from "@/lib/content/data-files";
import { listMarkdownFiles, loadRecordFile, type LoadedFile } from "@/lib/content/load-records";
import { ContentValidationError, type ContentProblem } from "@/lib/content/problems";
import { isoDateSchema } from "@/lib/content/schema";
import { codePath } from "@/lib/site";

import { renderPostBody } from "./markdown";
import { postPath, RESERVED_SLUGS } from "./paths";
import { getReadingMinutes } from "./reading-time";
import type { CodeSummary } from "./remark-code-references";
import { postFrontmatterSchema, type CoverImage, type PostFrontmatter } from "./schema";

export type { CodeSummary } from "./remark-code-references";

/** A code a post references, for the post's structured data and "codes in this post" list. */
export interface CodeMention {
  code: string;
  name: string;
  system: CodeSystemId;
  /** "CPT", "HCPCS Level II" or "CDT". */
  systemLabel: string;
  href: string;
}

export interface BlogPost {
  /** The file name without `.md`; also the URL segment. */
  slug: string;
  /** Site path, e.g. "/blog/apexification-visits". */
  href: string;
  title: string;
  description: string;
  /** "YYYY-MM-DD". */
  published: string;
  /** "YYYY-MM-DD", or undefined when the post has not been revised. */
  updated: string | undefined;
  author: string;
  tags: string[];
  cover: CoverImage | undefined;
  /** Sanitised HTML of the body. */
  html: string;
  wordCount: number;
  readingMinutes: number;
  /** Codes referenced with [[CODE]], in order of first mention. */
  mentions: CodeMention[];
  /** True when the body shows figures filled in from the fee-schedule data. */
  usesFeeScheduleData: boolean;
  /** Path relative to the content root, e.g. "blog/apexification-visits.md". */
  sourcePath: string;
}

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function checkSlug(slug: string, file: string, problems: ContentProblem[]): boolean {
  if (!SLUG_PATTERN.test(slug)) {
    problems.push({
      file,
      field: "",
      message:
        'the file name is the URL: use lower-case words joined by hyphens, e.g. "apexification-visits.md"',
    });
    return false;
  }
  if (RESERVED_SLUGS.includes(slug)) {
    problems.push({
      file,
      field: "",
      message: `"${slug}" is used by a blog route; choose another file name`,
    });
    return false;
  }
  return true;
}

const isIsoDate = (value: unknown): value is string => isoDateSchema.safeParse(value).success;

function checkDatesAndCover(
  { file, raw, data, parsed }: LoadedFile<PostFrontmatter>,
  publicDir: string,
  problems: ContentProblem[],
): void {
  // The raw values, so the order is checked even when another field failed the schema.
  const { published, updated } = raw;
  if (isIsoDate(published) && isIsoDate(updated) && updated < published) {
    const message = `must be on or after the published date (${published})`;
    problems.push({ file, line: parsed.lineOf(["updated"]), field: "updated", message });
  }
  if (data?.cover && !contentFileExists(publicDir, data.cover.src)) {
    const message = `no file public${data.cover.src}`;
    problems.push({ file, line: parsed.lineOf(["cover", "src"]), field: "cover.src", message });
  }
}

function toMention(code: string, codes: ReadonlyMap<string, CodeSummary>): CodeMention {
  const summary = codes.get(code)!;
  return {
    code,
    name: summary.name,
    system: summary.system,
    systemLabel: getCodeSystem(summary.system).label,
    href: codePath(code),
  };
}

/**
 * Loads and validates every post under `<contentDir>/blog`, newest first.
 *
 * @param codes every code that has a record; `[[CODE]]` must name one of them
 * @param publicDir where cover images live (default: `public/` under the working directory)
 * @throws ContentValidationError listing every problem of every post
 */
export function loadPosts(
  contentDir: string,
  codes: ReadonlyMap<string, CodeSummary>,
  publicDir = path.resolve(process.cwd(), "public"),
): BlogPost[] {
  const problems: ContentProblem[] = [];
  const posts = listMarkdownFiles(path.join(contentDir, "blog"), problems).flatMap(
    (file): BlogPost[] => {
      const loaded = loadRecordFile(file, postFrontmatterSchema, problems);
      if (!loaded || !checkSlug(loaded.id, file, problems)) return [];
      const { data, parsed } = loaded;
      checkDatesAndCover(loaded, publicDir, problems);
      if (loaded.body.trim() === "") {
        problems.push({
          file,
          line: parsed.bodyStartLine,
          field: "body",
          message: "write the post below the frontmatter",
        });
      }

      const body = renderPostBody(loaded.body, codes);
      for (const problem of body.problems) {
        const line =
          problem.line === undefined ? undefined : parsed.bodyStartLine + problem.line - 1;
        problems.push({ file, line, field: "body", message: problem.message });
      }
      if (!data) return [];
      return [
        {
          slug: loaded.id,
          href: postPath(loaded.id),
          title: data.title,
          description: data.description,
          published: data.published,
          updated: data.updated,
          author: data.author,
          tags: data.tags,
          cover: data.cover,
          html: body.html,
          wordCount: body.wordCount,
          readingMinutes: getReadingMinutes(body.wordCount),
          mentions: body.codes
            .filter((code) => codes.has(code))
            .map((code) => toMention(code, codes)),
          usesFeeScheduleData: body.usesFeeScheduleData,
          sourcePath: path.relative(contentDir, file),
        },
      ];
    },
  );

  if (problems.length > 0) throw new ContentValidationError(problems);
  return posts.sort(
    (a, b) => b.published.localeCompare(a.published) || a.slug.localeCompare(b.slug),
  );
}
