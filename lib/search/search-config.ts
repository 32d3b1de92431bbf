/**
 * Relevance settings in one place. Boosts say how much a hit in each field is worth; the rules after
 * MiniSearch's scoring (exact code first, then code prefixes) are in search-codes.ts.
 */
export const SEARCH_FIELDS = [
  "code",
  "name",
  "synonyms",
  "description",
  "plainLanguage",
  "specialties",
  "category",
  "body",
] as const;

export type SearchField = (typeof SEARCH_FIELDS)[number];

export const FIELD_BOOSTS: Record<SearchField, number> = {
  code: 10,
  name: 6,
  synonyms: 5,
  description: 2,
  plainLanguage: 2,
  specialties: 1.5,
  category: 1.5,
  body: 0.4,
};

/** Secondary results (glossary terms, blog posts) rank below codes with the same score. */
export const SECONDARY_KIND_FACTOR = 0.6;

/** Fuzzy matching tolerates about one typo in five letters; short words must match exactly. */
export function fuzzyFor(term: string): number | boolean {
  return term.length >= 5 ? 0.2 : false;
}

export const MAX_QUERY_LENGTH = 200;
export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 50;
