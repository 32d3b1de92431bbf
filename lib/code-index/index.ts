/**
 * Every code a reader can look up: the curated records, every code of the newest fee-schedule release and
 * of the newest HCPCS Level II release (reference pages built from the data alone), and the codes older
 * releases listed that the current files no longer do (deleted codes). One collection, built once per
 * process from the collections it joins, so routes, browse pages, search and the sitemap agree on the set.
 */
import {
  getCodeSystem,
  getCodeCategory,
  getCodeSection,
  getCodeSystemId,
  isValidCodeFormat,
  type CodeCategory,
  type CodeSection,
  type CodeSystemId,
} from "@/lib/codes/code-system";
import { codeCollection, defineCollection, getAllCodes } from "@/lib/content";
import {
  feeScheduleCollection,
  getAllFeeScheduleCodes,
  getAllHcpcsCodes,
  getHcpcsDescription,
  getReleases,
} from "@/lib/fee-schedule/load";

/**
 * - curated: a record in content/codes, the full editorial page;
 * - reference: in the current fee-schedule or HCPCS file, a page built from the data;
 * - deleted: only in older fee-schedule releases.
 */
export type CodeKind = "curated" | "reference" | "deleted";

export interface CodeEntry {
  code: string;
  system: CodeSystemId;
  category: CodeCategory;
  /** Subsection of a large CPT category (surgery by body system…), when it has one. */
  section: CodeSection | undefined;
  kind: CodeKind;
  /**
   * What lists and links call the code: the record's name for curated codes, the public-domain HCPCS
   * description for HCPCS Level II codes; undefined for CPT and CDT codes without a record (their
   * descriptors are AMA and ADA text, which this site never shows).
   */
  name: string | undefined;
  /** The newest fee-schedule release that lists the code, or undefined when none does. */
  lastReleaseId: string | undefined;
}

export interface CodeIndex {
  /** Sorted by code. */
  entries: CodeEntry[];
  byCode: Map<string, CodeEntry>;
}

function buildCodeIndex(): CodeIndex {
  const lastRelease = new Map<string, string>();
  for (const release of getReleases())
    for (const code of getAllFeeScheduleCodes(release.id)) lastRelease.set(code, release.id);
  const current = new Set([...getAllFeeScheduleCodes(), ...getAllHcpcsCodes()]);
  const records = new Map(getAllCodes().map((record) => [record.code, record]));
  const codes = new Set([...records.keys(), ...lastRelease.keys(), ...current]);

  const entries: CodeEntry[] = [];
  for (const code of [...codes].sort()) {
    const system = getCodeSystemId(code);
    const category = getCodeCategory(code);
    // CMS files carry a few placeholders ("GXXX1") that are not codes a reader can bill or look up.
    if (!system || !category || !isValidCodeFormat(code)) continue;
    const record = records.get(code);
    entries.push({
      code,
      system,
      category,
      section: getCodeSection(code),
      kind: record ? "curated" : current.has(code) ? "reference" : "deleted",
      name: record?.name ?? (system === "hcpcs" ? getHcpcsDescription(code) : undefined),
      lastReleaseId: lastRelease.get(code),
    });
  }
  return { entries, byCode: new Map(entries.map((entry) => [entry.code, entry])) };
}

export const codeIndexCollection = defineCollection<CodeIndex>({
  name: "code-index",
  source: "every code: codes/*.md joined with fee-schedule/*.json",
  dependsOn: [codeCollection, feeScheduleCollection],
  load: buildCodeIndex,
});

/** Every code with a page, sorted by code. */
export function getAllCodeEntries(): CodeEntry[] {
  return codeIndexCollection.get().entries;
}

/** The entry for a canonical code, or undefined when no file and no record has it. */
export function getCodeEntry(code: string): CodeEntry | undefined {
  return codeIndexCollection.get().byCode.get(code);
}

interface CategoryIndex {
  /** Entries by `${system}/${category slug}`, sorted by code. */
  byCategory: Map<string, CodeEntry[]>;
  /** The curated entries of each category, sorted by code. */
  curatedByCategory: Map<string, CodeEntry[]>;
  /** Each code's position in its category list. */
  positions: Map<string, number>;
  /** Where each section begins in its category list, by `${system}/${category slug}/${section slug}`. */
  sectionStarts: Map<string, number>;
}

const listKey = (system: CodeSystemId, categorySlug: string) => `${system}/${categorySlug}`;
const categoryKey = (entry: CodeEntry) => listKey(entry.system, entry.category.slug);
const sectionKey = (entry: CodeEntry) => `${categoryKey(entry)}/${entry.section?.slug ?? ""}`;

/** Appends to the list under `key`, creating it; returns the list's length before. */
function append<K>(lists: Map<K, CodeEntry[]>, key: K, entry: CodeEntry): number {
  const list = lists.get(key) ?? [];
  lists.set(key, list);
  return list.push(entry) - 1;
}

const categoryIndexes = new WeakMap<CodeIndex, CategoryIndex>();

function getCategoryIndex(): CategoryIndex {
  const index = codeIndexCollection.get();
  let built = categoryIndexes.get(index);
  if (!built) {
    // Built once per index: every code page asks where its section begins and which curated codes
    // share its category, and scanning a category of 2,000 codes for that on each of 21,000 pages was a
    // measurable share of the build (docs/benchmarks.md).
    const byCategory = new Map<string, CodeEntry[]>();
    const curatedByCategory = new Map<string, CodeEntry[]>();
    const positions = new Map<string, number>();
    const sectionStarts = new Map<string, number>();
    for (const entry of index.entries) {
      const position = append(byCategory, categoryKey(entry), entry);
      positions.set(entry.code, position);
      if (entry.kind === "curated") append(curatedByCategory, categoryKey(entry), entry);
      if (!sectionStarts.has(sectionKey(entry))) sectionStarts.set(sectionKey(entry), position);
    }
    built = { byCategory, curatedByCategory, positions, sectionStarts };
    categoryIndexes.set(index, built);
  }
  return built;
}

/**
 * Every entry of a category, sorted by code; empty when the category has none yet. The browse listings
 * and the previous/next links both read this one list, so a listing and a code page's neighbours cannot
 * disagree on the order.
 */
export function getCategoryEntries(system: CodeSystemId, categorySlug: string): CodeEntry[] {
  return getCategoryIndex().byCategory.get(listKey(system, categorySlug)) ?? [];
}

/** Where the section of `entry` begins in its category's list (0 for a code without a section). */
export function getSectionStart(entry: CodeEntry): number {
  return getCategoryIndex().sectionStarts.get(sectionKey(entry)) ?? 0;
}

/** The codes before and after a code in its category, for walking a range code by code. */
export function getEntryNeighbours(entry: CodeEntry): { previous?: CodeEntry; next?: CodeEntry } {
  const { byCategory, positions } = getCategoryIndex();
  const list = byCategory.get(categoryKey(entry)) ?? [];
  const position = positions.get(entry.code) ?? -1;
  return { previous: list[position - 1], next: list[position + 1] };
}

/**
 * The curated codes closest to `entry` by number: from its section when that has any, else from its
 * category. A reference page links them so a reader finds explained neighbours of an unexplained code.
 */
export function getNearestCurated(entry: CodeEntry, limit = 6): CodeEntry[] {
  const curated = (getCategoryIndex().curatedByCategory.get(categoryKey(entry)) ?? []).filter(
    (other) => other.code !== entry.code,
  );
  const sameSection = curated.filter((other) => other.section?.slug === entry.section?.slug);
  const pool = entry.section && sameSection.length > 0 ? sameSection : curated;
  const distance = (other: CodeEntry) => Math.abs(codeNumber(other.code) - codeNumber(entry.code));
  return [...pool]
    .sort((a, b) => distance(a) - distance(b) || a.code.localeCompare(b.code))
    .slice(0, limit)
    .sort((a, b) => a.code.localeCompare(b.code));
}

/** The digits of a code as a number ("D3351" → 3351, "0001F" → 1), for distances within a category. */
function codeNumber(code: string): number {
  return Number(code.replace(/\D/g, ""));
}

/** How a list names a code: our name, CMS's HCPCS text, or "CPT code in Surgery" when neither exists. */
export function entryLabel(entry: CodeEntry): string {
  return entry.name ?? `${getCodeSystem(entry.system).label} code in ${entry.category.name}`;
}
