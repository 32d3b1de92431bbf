/**
 * Loads and validates `content/glossary/*.md` with the same record loader as code records, then checks
 * what only the whole set can tell: related terms that do not exist and labels claimed by two terms.
 * Every problem is collected and thrown together as one ContentValidationError.
 */
import path from "node:path";

import { listMarkdownFiles, loadRecordFile, type LoadedFile } from "@/lib/content/load-records";
import { ContentValidationError, didYouMean, type ContentProblem } from "@/lib/content/problems";
import type { ReleaseInfo } from "@/lib/fee-schedule/load";
import { buildProseBody } from "@/lib/prose/prose-body";

import { buildTermLookup, getTermLabels, normalizeLabel, type TermLookup } from "./lookup";
import {
  GLOSSARY_BODY_WORDS,
  glossaryTermFrontmatterSchema,
  type GlossaryTermFrontmatter,
} from "./schema";

export interface GlossaryTerm extends GlossaryTermFrontmatter {
  slug: string;
  /** The body as sanitised HTML. */
  html: string;
  /** The body as plain text, for search. */
  text: string;
  /** Releases of the fee-schedule figures in the body, oldest first (empty when it quotes none). */
  releases: ReleaseInfo[];
  /** Path relative to the content root, e.g. "glossary/gpci.md". */
  sourcePath: string;
}

export interface GlossarySet {
  /** Sorted A–Z by term. */
  terms: GlossaryTerm[];
  termsBySlug: ReadonlyMap<string, GlossaryTerm>;
  lookup: TermLookup;
}

export interface GlossaryLoadOptions {
  /** Codes that have a record; links to any other /codes/ page are errors. */
  knownCodes: ReadonlySet<string>;
  /** Career guide slugs, for links to /career/ pages. */
  careerSlugs: ReadonlySet<string>;
}

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A–Z by term, ignoring case, so "wRVU" files under W beside "Work…". */
export function compareTerms(a: { term: string }, b: { term: string }): number {
  return a.term.localeCompare(b.term, "en", { sensitivity: "base" });
}

function stringsOf(value: unknown): (string | undefined)[] {
  return Array.isArray(value)
    ? value.map((item) => (typeof item === "string" ? item : undefined))
    : [];
}

/** Reports a label (term, slug or alias) that normalises to one another term already answers to. */
function checkLabels(files: LoadedFile<GlossaryTermFrontmatter>[], problems: ContentProblem[]) {
  const owners = new Map<string, string>();
  for (const { id, file, raw, parsed } of files) {
    const term = typeof raw.term === "string" ? raw.term : "";
    const aliases = stringsOf(raw.aliases);
    const ownLabels = new Set<string>();
    const labels: { label: string; fieldPath: (string | number)[] }[] = [
      ...getTermLabels({ slug: id, term, aliases: [] }).map((label) => ({
        label,
        fieldPath: ["term"],
      })),
      ...aliases.flatMap((label, index) =>
        label === undefined ? [] : [{ label, fieldPath: ["aliases", index] }],
      ),
    ];
    for (const { label, fieldPath } of labels) {
      const key = normalizeLabel(label);
      if (!key || ownLabels.has(key)) continue;
      ownLabels.add(key);
      const owner = owners.get(key);
      if (owner && owner !== id) {
        const field = fieldPath.length === 2 ? `aliases[${fieldPath[1]}]` : "term";
        problems.push({
          file,
          line: parsed.lineOf(fieldPath),
          field,
          message: `"${label}" already names the term "${owner}"; a label may belong to one term only`,
        });
      } else {
        owners.set(key, id);
      }
    }
  }
}

function checkRelated(
  files: LoadedFile<GlossaryTermFrontmatter>[],
  slugs: ReadonlySet<string>,
  problems: ContentProblem[],
) {
  for (const { id, file, raw, parsed } of files) {
    const seen = new Set<string>();
    stringsOf(raw.related).forEach((slug, index) => {
      if (slug === undefined || !SLUG_PATTERN.test(slug)) return;
      const report = (message: string) =>
        problems.push({
          file,
          line: parsed.lineOf(["related", index]),
          field: `related[${index}]`,
          message,
        });
      if (slug === id) report("a term cannot be related to itself");
      else if (!slugs.has(slug))
        report(`unknown glossary term "${slug}"${didYouMean(slug, slugs)}`);
      else if (seen.has(slug)) report(`"${slug}" is listed twice`);
      seen.add(slug);
    });
  }
}

/** Loads and validates the glossary at `<contentDir>/glossary`. Throws ContentValidationError listing every problem. */
export function loadGlossary(contentDir: string, options: GlossaryLoadOptions): GlossarySet {
  const problems: ContentProblem[] = [];
  const files = listMarkdownFiles(path.join(contentDir, "glossary"), problems).flatMap((file) => {
    const loaded = loadRecordFile(file, glossaryTermFrontmatterSchema, problems);
    if (loaded && !SLUG_PATTERN.test(loaded.id)) {
      problems.push({
        file,
        field: "",
        message: 'file name must be the term slug, e.g. "global-period.md"',
      });
      return [];
    }
    return loaded ? [loaded] : [];
  });
  const slugs = new Set(files.map((loaded) => loaded.id));
  const targets = { codes: options.knownCodes, glossary: slugs, career: options.careerSlugs };

  checkRelated(files, slugs, problems);
  checkLabels(files, problems);
  const terms = files.flatMap(({ id, file, data, body, parsed }) => {
    const prose = buildProseBody(
      { file, body, firstLine: parsed.bodyStartLine, targets, words: GLOSSARY_BODY_WORDS },
      problems,
    );
    if (!data) return [];
    const { html, text, releases } = prose;
    return [
      { slug: id, ...data, html, text, releases, sourcePath: path.relative(contentDir, file) },
    ];
  });

  if (problems.length > 0) throw new ContentValidationError(problems);
  terms.sort(compareTerms);
  return {
    terms,
    termsBySlug: new Map(terms.map((term) => [term.slug, term])),
    lookup: buildTermLookup(terms),
  };
}
