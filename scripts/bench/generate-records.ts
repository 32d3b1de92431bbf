/**
 * Writes a benchmark content tree: N code records plus copies of the real specialties and fee-schedule
 * datasets. About a third of a 20,000-record set are the real HCPCS Level II codes with their public-domain
 * CMS descriptions; the rest are synthetic codes in unused CPT numbers (Surgery, Medicine, Radiology,
 * Pathology) and CDT D codes, with prose sized like the hand-written records.
 */
import fs from "node:fs";
import path from "node:path";

import matter from "gray-matter";

import { getCodeCategory, isValidCodeFormat } from "@/lib/codes/code-system";

import { readHcpcsFile, type HcpcsCode } from "./hcpcs";
import { writeProse, writeRelatedNote, writeRetirementNote } from "./prose";
import { createRandom, type Random } from "./random";
import {
  DENTAL_DOMAINS,
  HCPCS_LETTER_PROFILE,
  MEDICINE_DOMAINS,
  PATHOLOGY_DOMAINS,
  RADIOLOGY_DOMAINS,
  SURGERY_DOMAINS,
  type Domain,
  type RecordKind,
} from "./vocabulary";

/** The full-size set takes every usable HCPCS code; smaller sets keep the same real/synthetic mix. */
const FULL_SIZE = 20_000;

/** Share of the synthetic records per code family (CDT has fewer free numbers, so it gets less). */
const SYNTHETIC_MIX: { weight: number; domains: Domain[]; prefix: "" | "D" }[] = [
  { weight: 0.5, domains: SURGERY_DOMAINS, prefix: "" },
  { weight: 0.15, domains: MEDICINE_DOMAINS, prefix: "" },
  { weight: 0.1, domains: RADIOLOGY_DOMAINS, prefix: "" },
  { weight: 0.08, domains: PATHOLOGY_DOMAINS, prefix: "" },
  { weight: 0.17, domains: DENTAL_DOMAINS, prefix: "D" },
];

export interface GenerateOptions {
  records: number;
  /** Where to write codes/, specialties/ and fee-schedule/. Must not exist or be empty. */
  targetDir: string;
  /** The real content root, for specialties, fee-schedule data and codes to avoid. */
  sourceDir: string;
  hcpcsFile: string;
  seed?: number;
}

/** What the search benchmark needs to write realistic queries. */
export interface QueryMaterial {
  code: string;
  name: string;
  synonyms: string[];
}

export interface GenerationSummary {
  total: number;
  fromHcpcs: number;
  synthetic: number;
  hcpcsUsable: number;
  hcpcsSkipped: number;
  bySystem: Record<string, number>;
  /** Mean counts over the generated records, to compare with the hand-written ones. */
  averages: Record<string, number>;
  material: QueryMaterial[];
}

interface Draft {
  code: string;
  name: string;
  subject: string;
  kind: RecordKind;
  specialties: string[];
  layTerms: string[];
  extraSynonyms: string[];
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Cuts at a word boundary so the name fits the schema's 90-character limit. */
function clipName(text: string, max = 90): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const boundary = Math.max(cut.lastIndexOf(", "), cut.lastIndexOf(" "));
  return `${cut.slice(0, boundary > 40 ? boundary : cut.length).replace(/[,;:\s]+$/, "")}…`;
}

/** Lower-cases the first letter unless the first word is an acronym ("CT", "MRI"). */
function toSubject(name: string): string {
  const first = name.split(/[\s,]/)[0] ?? "";
  return first.length > 1 && first === first.toUpperCase()
    ? name
    : name.charAt(0).toLowerCase() + name.slice(1);
}

/** A plausible typo: a letter dropped, doubled or swapped with its neighbour. */
function misspell(word: string, random: Random): string {
  const at = random.int(1, word.length - 2);
  switch (random.int(0, 2)) {
    case 0:
      return word.slice(0, at) + word.slice(at + 1);
    case 1:
      return word.slice(0, at) + word.charAt(at) + word.slice(at);
    default:
      return word.slice(0, at) + word.charAt(at + 1) + word.charAt(at) + word.slice(at + 2);
  }
}

function readSpecialtyNames(sourceDir: string): Map<string, string> {
  const dir = path.join(sourceDir, "specialties");
  return new Map(
    fs
      .readdirSync(dir)
      .filter((file) => file.endsWith(".md"))
      .map((file) => {
        const { data } = matter(fs.readFileSync(path.join(dir, file), "utf8"));
        return [path.basename(file, ".md"), String(data.name)] as const;
      }),
  );
}

/** Codes a synthetic record must not take: the real records and every code in the fee-schedule data. */
function readUsedCodes(sourceDir: string): Set<string> {
  const used = new Set(
    fs.readdirSync(path.join(sourceDir, "codes")).map((file) => path.basename(file, ".md")),
  );
  const feeDir = path.join(sourceDir, "fee-schedule");
  for (const file of fs.readdirSync(feeDir).filter((name) => name.startsWith("rvu"))) {
    const dataset = JSON.parse(fs.readFileSync(path.join(feeDir, file), "utf8")) as {
      rows?: unknown[][];
    };
    for (const row of dataset.rows ?? []) if (typeof row[0] === "string") used.add(row[0]);
  }
  return used;
}

function pickSpecialties(
  candidates: string[],
  known: Map<string, string>,
  random: Random,
): string[] {
  const valid = candidates.filter((slug) => known.has(slug));
  if (valid.length === 0) throw new Error(`no known specialty among ${candidates.join(", ")}`);
  const [first, ...rest] = valid;
  const count = Math.min(valid.length, random.int(2, 5));
  return [first!, ...random.sample(rest, count - 1)];
}

function hcpcsDraft(entry: HcpcsCode, known: Map<string, string>, random: Random): Draft {
  const profile = HCPCS_LETTER_PROFILE[entry.code.charAt(0)]!;
  const name = clipName(entry.longDescription);
  return {
    code: entry.code,
    name,
    subject: toSubject(entry.longDescription.replace(/\s+/g, " ")),
    kind: profile.kind,
    specialties: pickSpecialties(profile.specialties, known, random),
    layTerms: profile.layTerms,
    extraSynonyms: entry.shortDescription ? [entry.shortDescription.toLowerCase()] : [],
  };
}

function syntheticDraft(
  code: string,
  domain: Domain,
  known: Map<string, string>,
  random: Random,
): Draft {
  const action = random.pick(domain.actions);
  const site = random.pick(domain.sites);
  const qualifier = random.pick(domain.qualifiers);
  const name = clipName(
    random.chance(0.8) ? `${action}, ${site}, ${qualifier}` : `${action}, ${site}`,
  );
  return {
    code,
    name,
    subject: toSubject(name),
    kind: domain.kind,
    specialties: pickSpecialties(domain.specialties, known, random),
    layTerms: domain.layTerms,
    extraSynonyms: [`${action.toLowerCase()} ${site}`],
  };
}

function syntheticCodes(
  count: number,
  used: Set<string>,
  random: Random,
): { code: string; domain: Domain }[] {
  const result: { code: string; domain: Domain }[] = [];
  const totalWeight = SYNTHETIC_MIX.reduce((sum, family) => sum + family.weight, 0);
  for (const family of SYNTHETIC_MIX) {
    const target = Math.round((count * family.weight) / totalWeight);
    let made = 0;
    let attempts = 0;
    while (made < target && attempts < target * 50) {
      attempts += 1;
      const domain = random.pick(family.domains);
      const [from, to] = random.pick(domain.ranges);
      const value = random.int(from, to);
      const code =
        family.prefix === "D"
          ? `D${String(value).padStart(4, "0")}`
          : String(value).padStart(5, "0");
      if (used.has(code) || !isValidCodeFormat(code) || !getCodeCategory(code)) continue;
      used.add(code);
      result.push({ code, domain });
      made += 1;
    }
  }
  // Rounding can leave the total one or two short; top up from the largest family.
  while (result.length < count) {
    const domain = random.pick(SURGERY_DOMAINS);
    const [from, to] = random.pick(domain.ranges);
    const code = String(random.int(from, to)).padStart(5, "0");
    if (used.has(code)) continue;
    used.add(code);
    result.push({ code, domain });
  }
  return result.slice(0, count);
}

function synonymsFor(draft: Draft, random: Random): string[] {
  const nameWords = draft.name
    .toLowerCase()
    .split(/[^a-z0-9-]+/)
    .filter((word) => word.length >= 5);
  const typos = random.sample(nameWords, 2).map((word) => misspell(word, random));
  const candidates = [
    draft.code,
    ...draft.extraSynonyms,
    ...random.sample(draft.layTerms, random.int(3, 4)),
    ...typos,
    `${draft.code} code`,
    `${draft.subject.split(",")[0]!.toLowerCase()} code`,
  ];
  return [...new Set(candidates.map((text) => text.trim()).filter(Boolean))].slice(0, 11);
}

function categoryKey(code: string): string {
  const category = getCodeCategory(code)!;
  return `${category.system}/${category.slug}`;
}

/** Neighbours in the same category first (what a real record relates to), then a few random ones. */
function relatedFor(code: string, siblings: string[], random: Random): string[] {
  const at = siblings.indexOf(code);
  const near = [at - 1, at + 1, at - 2, at + 2]
    .map((index) => siblings[index])
    .filter((value): value is string => Boolean(value));
  const far = random.sample(siblings, 4);
  const picked = [...new Set([...near, ...far])].filter((candidate) => candidate !== code);
  return picked.slice(0, random.int(2, 8));
}

function isoDate(random: Random): string {
  const month = random.int(1, 11);
  const day = random.int(1, 28);
  return `2026-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function quote(value: string): string {
  return JSON.stringify(value);
}

function renderRecord(fields: {
  draft: Draft;
  synonyms: string[];
  description: string;
  plainLanguage: string;
  related: { code: string; note: string }[];
  faq: { question: string; answer: string }[];
  lastReviewed: string;
  retired?: { date: string; replacedBy: string[]; note: string };
  clinicalContext: string;
  billing: string;
}): string {
  const { draft } = fields;
  const lines = [
    "---",
    `name: ${quote(draft.name)}`,
    "synonyms:",
    ...fields.synonyms.map((synonym) => `  - ${quote(synonym)}`),
    `description: ${quote(fields.description)}`,
    `plainLanguage: ${quote(fields.plainLanguage)}`,
    "specialties:",
    ...draft.specialties.map((slug) => `  - ${quote(slug)}`),
    // An empty YAML key reads as null, so a list with nothing in it is left out (the schema defaults it).
    ...(fields.related.length > 0 ? ["related:"] : []),
    ...fields.related.flatMap((entry) => [
      `  - code: ${quote(entry.code)}`,
      `    note: ${quote(entry.note)}`,
    ]),
    ...(fields.faq.length > 0 ? ["faq:"] : []),
    ...fields.faq.flatMap((entry) => [
      `  - question: ${quote(entry.question)}`,
      `    answer: ${quote(entry.answer)}`,
    ]),
    `lastReviewed: ${quote(fields.lastReviewed)}`,
  ];
  if (fields.retired) {
    lines.push(
      "retired:",
      `  date: ${quote(fields.retired.date)}`,
      "  replacedBy:",
      ...fields.retired.replacedBy.map((code) => `    - ${quote(code)}`),
      `  note: ${quote(fields.retired.note)}`,
    );
  }
  lines.push(
    "---",
    "",
    "## Clinical context",
    "",
    fields.clinicalContext,
    "",
    "## Billing & documentation",
    "",
    fields.billing,
    "",
  );
  return lines.join("\n");
}

/** Generates the content tree and returns counts plus what the search benchmark needs. */
export function generateContent(options: GenerateOptions): GenerationSummary {
  const random = createRandom(options.seed ?? 20_260_101);
  const specialtyNames = readSpecialtyNames(options.sourceDir);
  const used = readUsedCodes(options.sourceDir);

  const hcpcsAll = readHcpcsFile(options.hcpcsFile);
  const hcpcsUsable = hcpcsAll.filter(
    (entry) => isValidCodeFormat(entry.code) && getCodeCategory(entry.code),
  );
  const realCount =
    options.records >= FULL_SIZE
      ? hcpcsUsable.length
      : Math.min(
          hcpcsUsable.length,
          Math.round((options.records * hcpcsUsable.length) / FULL_SIZE),
        );
  // Evenly spaced through the file, so a small set still has every HCPCS letter.
  const real = Array.from(
    { length: realCount },
    (_, i) => hcpcsUsable[Math.floor((i * hcpcsUsable.length) / realCount)]!,
  );
  for (const entry of real) used.add(entry.code);

  const drafts: Draft[] = [
    ...real.map((entry) => hcpcsDraft(entry, specialtyNames, random)),
    ...syntheticCodes(Math.max(0, options.records - realCount), used, random).map(
      ({ code, domain }) => syntheticDraft(code, domain, specialtyNames, random),
    ),
  ];

  const byCategory = new Map<string, string[]>();
  for (const draft of drafts) {
    const key = categoryKey(draft.code);
    const list = byCategory.get(key) ?? [];
    list.push(draft.code);
    byCategory.set(key, list);
  }
  for (const list of byCategory.values()) list.sort();

  const codesDir = path.join(options.targetDir, "codes");
  fs.mkdirSync(codesDir, { recursive: true });
  fs.cpSync(
    path.join(options.sourceDir, "specialties"),
    path.join(options.targetDir, "specialties"),
    { recursive: true },
  );
  fs.cpSync(
    path.join(options.sourceDir, "fee-schedule"),
    path.join(options.targetDir, "fee-schedule"),
    { recursive: true },
  );

  const totals = {
    bodyWords: 0,
    descriptionWords: 0,
    plainWords: 0,
    synonyms: 0,
    related: 0,
    faq: 0,
    specialties: 0,
    bytes: 0,
  };
  const bySystem: Record<string, number> = {};
  const material: QueryMaterial[] = [];

  for (const draft of drafts) {
    const siblings = byCategory.get(categoryKey(draft.code))!;
    const relatedCodes = relatedFor(draft.code, siblings, random);
    const prose = writeProse(
      {
        code: draft.code,
        name: draft.name,
        subject: draft.subject,
        kind: draft.kind,
        specialty: specialtyNames.get(draft.specialties[0]!)!,
        alternative: relatedCodes[0] ?? draft.code,
      },
      random,
    );
    const synonyms = synonymsFor(draft, random);
    const retired =
      relatedCodes[0] && random.chance(0.005)
        ? { date: "2025-01-01", replacedBy: [relatedCodes[0]], note: writeRetirementNote(random) }
        : undefined;
    const text = renderRecord({
      draft,
      synonyms,
      description: prose.description,
      plainLanguage: prose.plainLanguage,
      related: relatedCodes.map((code) => ({ code, note: writeRelatedNote(random) })),
      faq: prose.faq,
      lastReviewed: isoDate(random),
      retired,
      clinicalContext: prose.clinicalContext,
      billing: prose.billing,
    });
    fs.writeFileSync(path.join(codesDir, `${draft.code}.md`), text);

    const system = getCodeCategory(draft.code)!.system;
    bySystem[system] = (bySystem[system] ?? 0) + 1;
    totals.bodyWords += words(prose.clinicalContext) + words(prose.billing);
    totals.descriptionWords += words(prose.description);
    totals.plainWords += words(prose.plainLanguage);
    totals.synonyms += synonyms.length;
    totals.related += relatedCodes.length;
    totals.faq += prose.faq.length;
    totals.specialties += draft.specialties.length;
    totals.bytes += Buffer.byteLength(text);
    material.push({ code: draft.code, name: draft.name, synonyms });
  }

  const count = Math.max(1, drafts.length);
  return {
    total: drafts.length,
    fromHcpcs: realCount,
    synthetic: drafts.length - realCount,
    hcpcsUsable: hcpcsUsable.length,
    hcpcsSkipped: hcpcsAll.length - hcpcsUsable.length,
    bySystem,
    averages: Object.fromEntries(
      Object.entries(totals).map(([key, value]) => [key, Math.round((value / count) * 10) / 10]),
    ),
    material,
  };
}
