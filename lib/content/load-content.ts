/**
 * Loads the whole content tree — code records and specialty records — and checks what only the whole set
 * can tell: unknown specialties, related codes without a record, missing body sections, duplicates.
 * Every problem is collected and thrown together as one ContentValidationError.
 */
import path from "node:path";

import {
  getCodeCategory,
  getCodeSystemId,
  normalizeCode,
  type CodeCategory,
  type CodeSystemId,
} from "@/lib/codes/code-system";

import { looseCode, looseRelated, looseReplacements, looseSpecialties } from "./cross-references";
import { listMarkdownFiles, loadRecordFile, type LoadedFile } from "./load-records";
import { parseMarkdownSections, renderMarkdown } from "./markdown";
import { ContentValidationError, didYouMean, type ContentProblem } from "./problems";
import {
  CODE_BODY_SECTIONS,
  codeFrontmatterSchema,
  specialtyFrontmatterSchema,
  type CodeFrontmatter,
  type FaqEntry,
  type SpecialtyFrontmatter,
} from "./schema";

export interface CodeSection {
  id: string;
  heading: string;
  html: string;
  text: string;
}

export interface ResolvedRelatedCode {
  code: string;
  name: string;
  note: string | undefined;
  /** True when the code has a page on this site. */
  hasPage: boolean;
}

export interface CodeRecord {
  code: string;
  system: CodeSystemId;
  category: CodeCategory;
  name: string;
  synonyms: string[];
  /** Search only; never shown. */
  misspellings: string[];
  description: string;
  plainLanguage: string;
  specialties: string[];
  related: ResolvedRelatedCode[];
  faq: FaqEntry[];
  lastReviewed: string;
  medicareAlternative: string | undefined;
  retired: CodeFrontmatter["retired"];
  sections: CodeSection[];
  /** Path relative to the content root, e.g. "codes/D3351.md". */
  sourcePath: string;
}

export interface SpecialtyRecord extends SpecialtyFrontmatter {
  slug: string;
  html: string;
  text: string;
}

export interface ContentSet {
  contentDir: string;
  /** Sorted by code. */
  codes: CodeRecord[];
  codesByCode: ReadonlyMap<string, CodeRecord>;
  /** Sorted by name. */
  specialties: SpecialtyRecord[];
  specialtiesBySlug: ReadonlyMap<string, SpecialtyRecord>;
}

const SLUG_PATTERN = /^[a-z]+(?:-[a-z]+)*$/;

function loadSpecialtyFiles(
  contentDir: string,
  problems: ContentProblem[],
): LoadedFile<SpecialtyFrontmatter>[] {
  return listMarkdownFiles(path.join(contentDir, "specialties"), problems).flatMap((file) => {
    const loaded = loadRecordFile(file, specialtyFrontmatterSchema, problems);
    if (!loaded) return [];
    if (!SLUG_PATTERN.test(loaded.id)) {
      problems.push({
        file,
        field: "",
        message: 'file name must be the specialty slug, e.g. "pediatric-dentistry.md"',
      });
      return [];
    }
    if (loaded.body.trim() === "") {
      problems.push({
        file,
        line: loaded.parsed.bodyStartLine,
        field: "body",
        message: "describe the specialty in the body",
      });
    }
    return [loaded];
  });
}

/** The code a record file stands for, or undefined (with a problem recorded) when the name is wrong. */
function codeOfFile(
  file: string,
  seen: Map<string, string>,
  problems: ContentProblem[],
): string | undefined {
  const id = path.basename(file, ".md");
  const code = normalizeCode(id);
  if (!code) {
    problems.push({
      file,
      field: "",
      message: `file name "${id}.md" is not a CPT, HCPCS Level II or CDT code`,
    });
    return undefined;
  }
  const other = seen.get(code);
  if (other) {
    problems.push({
      file,
      field: "",
      message: `duplicate record for ${code} (also ${path.basename(other)})`,
    });
    return undefined;
  }
  seen.set(code, file);
  if (code !== id) {
    problems.push({
      file,
      field: "",
      message: `file name must be the code in upper case: "${code}.md"`,
    });
    return undefined;
  }
  return code;
}

function buildSections(loaded: LoadedFile<unknown>, problems: ContentProblem[]): CodeSection[] {
  const { file, body, parsed } = loaded;
  const toFileLine = (line: number) => parsed.bodyStartLine + line - 1;
  const { preamble, sections } = parseMarkdownSections(body);
  if (preamble) {
    problems.push({
      file,
      line: toFileLine(preamble.line),
      field: "body",
      message: 'text before the first "## " section heading; put it under a section',
    });
  }
  const expected: readonly string[] = CODE_BODY_SECTIONS.map((section) => section.heading);
  for (const section of sections.filter((candidate) => !expected.includes(candidate.heading))) {
    problems.push({
      file,
      line: toFileLine(section.line),
      field: "body",
      message: `unknown section "## ${section.heading}"${didYouMean(section.heading, expected)}; sections are: ${expected.join(", ")}`,
    });
  }
  return CODE_BODY_SECTIONS.flatMap(({ heading, id }) => {
    const matches = sections.filter((section) => section.heading === heading);
    const [section, duplicate] = matches;
    if (!section) {
      problems.push({ file, field: "body", message: `missing section "## ${heading}"` });
      return [];
    }
    if (duplicate) {
      problems.push({
        file,
        line: toFileLine(duplicate.line),
        field: "body",
        message: `section "## ${heading}" appears twice`,
      });
    }
    if (!section.text) {
      problems.push({
        file,
        line: toFileLine(section.line),
        field: "body",
        message: `section "## ${heading}" is empty`,
      });
    }
    return [{ id, heading, html: section.html, text: section.text }];
  });
}

interface CrossReferenceContext {
  knownCodes: ReadonlySet<string>;
  specialtySlugs: ReadonlySet<string>;
  problems: ContentProblem[];
}

function checkCodeReferences(
  loaded: LoadedFile<CodeFrontmatter>,
  code: string,
  context: CrossReferenceContext,
) {
  const { file, raw, parsed } = loaded;
  const { knownCodes, specialtySlugs, problems } = context;
  const report = (fieldPath: PropertyKey[], field: string, message: string) =>
    problems.push({ file, line: parsed.lineOf(fieldPath), field, message });
  const requireRecord = (target: string, fieldPath: PropertyKey[], field: string, what: string) => {
    if (!knownCodes.has(target)) {
      report(
        fieldPath,
        field,
        `${what} ${target} has no record in content/codes${didYouMean(target, knownCodes, 1)}`,
      );
    }
  };

  looseSpecialties(raw).forEach((slug, index) => {
    if (slug !== undefined && SLUG_PATTERN.test(slug) && !specialtySlugs.has(slug)) {
      report(
        ["specialties", index],
        `specialties[${index}]`,
        `unknown specialty "${slug}"${didYouMean(slug, specialtySlugs)}`,
      );
    }
  });
  looseRelated(raw).forEach((entry, index) => {
    if (!entry) return;
    const field = `related[${index}]`;
    if (entry.code === code) {
      report(["related", index], field, "a code cannot be related to itself");
    } else if (entry.external) {
      // An external code that gains a record later simply becomes a link with the record's name (see
      // the name resolution below), so a new record never makes an untouched one fail validation.
      if (!entry.name)
        report(["related", index], `${field}.name`, "an external related code needs a name");
    } else {
      requireRecord(entry.code, ["related", index, "code"], `${field}.code`, "related code");
    }
  });
  const alternative = looseCode(raw.medicareAlternative);
  if (alternative)
    requireRecord(
      alternative,
      ["medicareAlternative"],
      "medicareAlternative",
      "Medicare alternative",
    );
  looseReplacements(raw).forEach((target, index) => {
    if (target)
      requireRecord(
        target,
        ["retired", "replacedBy", index],
        `retired.replacedBy[${index}]`,
        "replacement code",
      );
  });
}

function toCodeRecord(
  loaded: LoadedFile<CodeFrontmatter>,
  code: string,
  contentDir: string,
  problems: ContentProblem[],
): CodeRecord | undefined {
  const { file, data } = loaded;
  const system = getCodeSystemId(code);
  const category = getCodeCategory(code);
  if (!system || !category) {
    problems.push({
      file,
      field: "",
      message: `${code} falls in no category of the range tables in lib/codes/code-system.ts`,
    });
  }
  const sections = buildSections(loaded, problems);
  if (!data || !system || !category) return undefined;
  return {
    code,
    system,
    category,
    name: data.name,
    synonyms: data.synonyms,
    misspellings: data.misspellings,
    description: data.description,
    plainLanguage: data.plainLanguage,
    specialties: data.specialties,
    related: [],
    faq: data.faq,
    lastReviewed: data.lastReviewed,
    medicareAlternative: data.medicareAlternative,
    retired: data.retired,
    sections,
    sourcePath: path.relative(contentDir, file),
  };
}

/** Loads and validates the content tree at `contentDir`. Throws ContentValidationError listing every problem. */
export function loadContent(contentDir: string): ContentSet {
  const problems: ContentProblem[] = [];

  const specialtyFiles = loadSpecialtyFiles(contentDir, problems);
  const specialtySlugs = new Set(specialtyFiles.map((loaded) => loaded.id));

  const seenCodes = new Map<string, string>();
  const codeFiles = listMarkdownFiles(path.join(contentDir, "codes"), problems).flatMap((file) => {
    const code = codeOfFile(file, seenCodes, problems);
    const loaded = code ? loadRecordFile(file, codeFrontmatterSchema, problems) : undefined;
    return code && loaded ? [{ loaded, code }] : [];
  });
  const context = {
    knownCodes: new Set(codeFiles.map((entry) => entry.code)),
    specialtySlugs,
    problems,
  };

  for (const { raw, file, parsed } of specialtyFiles) {
    looseSpecialties({ specialties: raw.related }).forEach((slug, index) => {
      if (slug !== undefined && SLUG_PATTERN.test(slug) && !specialtySlugs.has(slug)) {
        problems.push({
          file,
          line: parsed.lineOf(["related", index]),
          field: `related[${index}]`,
          message: `unknown specialty "${slug}"${didYouMean(slug, specialtySlugs)}`,
        });
      }
    });
  }

  const codes = codeFiles.flatMap(({ loaded, code }) => {
    checkCodeReferences(loaded, code, context);
    return toCodeRecord(loaded, code, contentDir, problems) ?? [];
  });

  if (problems.length > 0) throw new ContentValidationError(problems);

  // Every reference now points at a valid record, so names can be resolved.
  const codesByCode = new Map(codes.map((record) => [record.code, record]));
  for (const { loaded, code } of codeFiles) {
    codesByCode.get(code)!.related = loaded.data!.related.map((entry) => {
      const target = codesByCode.get(entry.code);
      return {
        code: entry.code,
        name: target?.name ?? entry.name ?? entry.code,
        note: entry.note,
        hasPage: Boolean(target),
      };
    });
  }
  const specialties: SpecialtyRecord[] = specialtyFiles
    .map(({ id, data, body }) => ({ slug: id, ...data!, ...renderMarkdown(body) }))
    .sort((a, b) => a.name.localeCompare(b.name));
  codes.sort((a, b) => a.code.localeCompare(b.code));
  return {
    contentDir,
    codes,
    codesByCode,
    specialties,
    specialtiesBySlug: new Map(specialties.map((specialty) => [specialty.slug, specialty])),
  };
}
