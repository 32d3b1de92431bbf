/**
 * Search latency at a given content size: the real loader and the real index (buildSearchCorpus +
 * searchCorpus), driven by about 500 queries of the kinds people type — exact codes, code prefixes, words
 * from names, lay terms and misspellings.
 */
import { performance } from "node:perf_hooks";

import { getAllCodeEntries } from "@/lib/code-index";
import { getAllCodes } from "@/lib/content";
import { searchCorpus } from "@/lib/search/search-codes";
import { buildSearchCorpus } from "@/lib/search/search-index";

import type { QueryMaterial } from "./generate-records";
import { createRandom, type Random } from "./random";

export interface LatencyStats {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

export interface SearchBenchResult {
  /** Reading and validating the content tree (the loader every build worker runs). */
  loadMs: number;
  indexMs: number;
  overall: LatencyStats;
  byKind: Record<string, LatencyStats>;
  emptyResults: number;
  /** The slowest queries, to show what the tail is made of. */
  slowest: { kind: string; query: string; ms: number; hits: number }[];
}

const LAY_QUERIES = [
  "root canal",
  "walking cane",
  "knee replacement",
  "flu shot",
  "botox",
  "wheelchair",
  "crown",
  "chest x-ray",
  "mri brain",
  "physical therapy",
  "teeth cleaning",
  "hearing aid",
  "blood test",
  "colonoscopy",
  "cataract surgery",
  "skin biopsy",
  "deep cleaning",
  "ct scan abdomen",
  "sleep study",
  "ekg",
  "dentures",
  "braces",
  "oxygen",
  "hospital bed",
  "ambulance",
  "pap smear",
  "mammogram",
  "wisdom tooth removal",
  "stent",
  "infusion",
  "psychotherapy 60 minutes",
  "nebulizer",
  "catheter",
  "glasses",
  "insulin",
  "tube feeding",
  "cast",
  "crutches",
  "night guard",
  "dental implant",
];

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

function summarise(samples: number[]): LatencyStats {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? Number.NaN,
    mean: sorted.reduce((sum, value) => sum + value, 0) / Math.max(1, sorted.length),
  };
}

function typo(word: string, random: Random): string {
  if (word.length < 5) return `${word}${word.at(-1)}`;
  const at = random.int(1, word.length - 2);
  return random.chance(0.5)
    ? word.slice(0, at) + word.slice(at + 1)
    : word.slice(0, at) + word.charAt(at + 1) + word.charAt(at) + word.slice(at + 2);
}

/** About 500 queries, tagged by kind, from the generated records. */
export function buildQueries(
  material: QueryMaterial[],
  seed = 7,
): { kind: string; query: string }[] {
  const random = createRandom(seed);
  const queries: { kind: string; query: string }[] = [];
  const nameWords = (entry: QueryMaterial) =>
    entry.name
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((word) => word.length >= 4);

  for (const entry of random.sample(material, 100)) {
    const variants = [
      entry.code,
      entry.code.toLowerCase(),
      `${entry.code.slice(0, 1)} ${entry.code.slice(1)}`,
    ];
    queries.push({ kind: "code", query: random.pick(variants) });
  }
  for (const entry of random.sample(material, 80)) {
    queries.push({ kind: "prefix", query: entry.code.slice(0, random.int(2, 4)) });
  }
  for (const entry of random.sample(material, 150)) {
    const words = nameWords(entry);
    if (words.length === 0) continue;
    const start = random.int(0, words.length - 1);
    queries.push({
      kind: "name words",
      query: words.slice(start, start + random.int(1, 3)).join(" "),
    });
  }
  for (const entry of random.sample(material, 100)) {
    const words = [
      ...nameWords(entry),
      ...entry.synonyms.flatMap((synonym) => synonym.toLowerCase().split(/\s+/)),
    ].filter((word) => /^[a-z]{5,}$/.test(word));
    if (words.length === 0) continue;
    queries.push({ kind: "misspelling", query: typo(random.pick(words), random) });
  }
  for (let i = 0; queries.length < 500 && i < 200; i += 1) {
    queries.push({ kind: "lay term", query: random.pick(LAY_QUERIES) });
  }
  return queries;
}

/**
 * Loads CONTENT_DIR with the site's loader, builds the index and times every query (after a warm-up).
 *
 * @param options.everyCode index every code a reader can look up, as the site does (the real-site run);
 *   generated content is curated records only
 */
export function runSearchBench(
  material: QueryMaterial[],
  options: { everyCode?: boolean } = {},
): SearchBenchResult {
  const loadStart = performance.now();
  const records = getAllCodes();
  const references = options.everyCode
    ? getAllCodeEntries().filter((entry) => entry.kind !== "curated")
    : [];
  const loadMs = performance.now() - loadStart;

  const indexStart = performance.now();
  const corpus = buildSearchCorpus(records, [], references);
  const indexMs = performance.now() - indexStart;

  const queries = buildQueries(material);
  // Warm-up: let V8 optimise the search path before measuring, as a long-running server would have.
  for (const { query } of queries.slice(0, 50)) searchCorpus(corpus, query);

  const samples: { kind: string; query: string; ms: number; hits: number }[] = [];
  let emptyResults = 0;
  for (const { kind, query } of queries) {
    const start = performance.now();
    const hits = searchCorpus(corpus, query);
    samples.push({ kind, query, ms: performance.now() - start, hits: hits.length });
    if (hits.length === 0) emptyResults += 1;
  }
  const kinds = [...new Set(samples.map((sample) => sample.kind))];
  return {
    loadMs,
    indexMs,
    overall: summarise(samples.map((sample) => sample.ms)),
    byKind: Object.fromEntries(
      kinds.map((kind) => [
        kind,
        summarise(samples.filter((s) => s.kind === kind).map((s) => s.ms)),
      ]),
    ),
    emptyResults,
    slowest: [...samples].sort((a, b) => b.ms - a.ms).slice(0, 5),
  };
}
