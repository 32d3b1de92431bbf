/**
 * Relevance settings in one place. Boosts say how much a hit in each field is worth; the rules after
 * MiniSearch's scoring (exact code first, then code prefixes) are in search-codes.ts.
 */
export const SEARCH_FIELDS = [
  "code",
  "name",
  "synonyms",
  "misspellings",
  "description",
  "plainLanguage",
  "specialties",
  "category",
] as const;

export type SearchField = (typeof SEARCH_FIELDS)[number];

/** Fields searched fuzzily, for misspellings: short, and where a typo most likely aims. */
export const FUZZY_FIELDS: readonly SearchField[] = ["code", "name", "synonyms", "misspellings"];

export const FIELD_BOOSTS: Record<SearchField, number> = {
  code: 10,
  name: 6,
  synonyms: 5,
  misspellings: 5,
  description: 2,
  plainLanguage: 2,
  specialties: 1.5,
  category: 1.5,
};

/** Secondary results (glossary terms, blog posts) rank below codes with the same score. */
export const SECONDARY_KIND_FACTOR = 0.6;

/** Fuzzy matching tolerates about one typo in five letters, at most two; short words must match exactly. */
export function fuzzyFor(term: string): number | boolean {
  return term.length >= 5 ? 0.2 : false;
}

export const MAX_FUZZY_EDITS = 2;

/** Typed words of at least this length also match longer words they start ("colon" → "colonoscopy"). */
export const MIN_PREFIX_LENGTH = 3;

/**
 * Words too common to tell codes apart. Dropped when indexing and when searching: a query for "with" or
 * "service" would otherwise score thousands of documents and say nothing.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  "a",
  "an",
  "and",
  "are",
  "as",
  "at",
  "be",
  "by",
  "each",
  "for",
  "from",
  "in",
  "into",
  "is",
  "it",
  "its",
  "of",
  "on",
  "or",
  "per",
  "than",
  "that",
  "the",
  "this",
  "to",
  "was",
  "were",
  "with",
  "without",
  "w",
]);

export const MAX_QUERY_LENGTH = 200;
export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 50;
