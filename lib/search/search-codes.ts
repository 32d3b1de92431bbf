/**
 * Query → ranked results. Order of precedence: the exact code (forgiving case and spacing), then codes
 * that start with a typed prefix (D33, 9921), then codes whose name or a synonym is exactly the query
 * ("apicoectomy"), then MiniSearch's field-boosted text match — exact and
 * prefix words first (curated records, then HCPCS Level II reference codes by CMS's text), then
 * misspellings — where every word must match before any word will do.
 */
import type { SearchResult as MiniSearchResult } from "minisearch";

import { normalizeCode } from "@/lib/codes/code-system";

import {
  DEFAULT_LIMIT,
  fuzzyFor,
  MAX_FUZZY_EDITS,
  MAX_LIMIT,
  MAX_QUERY_LENGTH,
  MIN_PREFIX_LENGTH,
  SECONDARY_KIND_FACTOR,
} from "./search-config";
import {
  phraseKey,
  tokenize,
  type SearchCorpus,
  type SearchDocument,
  type SearchDocumentKind,
} from "./search-index";

export interface SearchHit {
  kind: SearchDocumentKind;
  code: string;
  name: string;
  description: string;
  systemLabel: string;
  href: string;
  /** What matched, for display: "code", "code prefix D33", a synonym, or a field name. */
  matched: string;
}

export class SearchQueryError extends Error {}

/**
 * Cleans a raw query: control characters removed, whitespace collapsed. Throws SearchQueryError when the
 * query is too long to be a real search (the API answers 400).
 */
export function cleanQuery(raw: string): string {
  const cleaned = raw
    .normalize("NFKC")
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (cleaned.length > MAX_QUERY_LENGTH) {
    throw new SearchQueryError(`query is longer than ${MAX_QUERY_LENGTH} characters`);
  }
  return cleaned;
}

const CODE_PREFIX = /^(?:[A-Z]\d{0,4}|\d{1,4}|\d{4}[AFMTU]?)$/;

function toHit(document: SearchDocument, matched: string): SearchHit {
  const { kind, code, name, description, systemLabel, href } = document;
  return { kind, code, name, description, systemLabel, href, matched };
}

const FIELD_LABELS: Record<string, string> = {
  code: "code",
  name: "name",
  description: "description",
  plainLanguage: "plain-language text",
  specialties: "specialty",
  category: "category",
};

/** The synonym (or misspelling) containing one of the terms, if any. */
function phraseWith(phrases: readonly string[], terms: string[]): string | undefined {
  return phrases.find((candidate) => {
    const words = tokenize(candidate);
    return terms.some((term) => words.includes(term));
  });
}

/**
 * Names what made a text result match. Terms the reader typed exactly win over fuzzy or prefix
 * expansions, so "apexificaton" reports the misspelt synonym rather than the correctly spelt name.
 */
function describeMatch(result: MiniSearchResult, document: SearchDocument): string {
  const typed = Object.keys(result.match).filter((term) => result.queryTerms.includes(term));
  for (const terms of [typed, Object.keys(result.match)]) {
    const fields = new Set(terms.flatMap((term) => result.match[term] ?? []));
    if (fields.has("name")) return "name";
    const synonym = fields.has("synonyms") ? phraseWith(document.synonyms, terms) : undefined;
    if (synonym) return `also known as “${synonym}”`;
    // Say what the reader typed matched, so a misspelling is not mistaken for an official name.
    const variant = fields.has("misspellings")
      ? phraseWith(document.misspellings, terms)
      : undefined;
    if (variant) return `spelling variant “${variant}”`;
  }
  const fields = new Set(Object.values(result.match).flat());
  for (const field of ["code", "plainLanguage", "description", "specialties", "category"]) {
    if (fields.has(field)) return FIELD_LABELS[field]!;
  }
  return "text";
}

/** Searches the corpus; returns at most `limit` hits (capped at MAX_LIMIT). */
export function searchCorpus(
  corpus: SearchCorpus,
  rawQuery: string,
  limit = DEFAULT_LIMIT,
): SearchHit[] {
  const query = cleanQuery(rawQuery);
  const cap = Math.max(1, Math.min(Math.floor(limit) || DEFAULT_LIMIT, MAX_LIMIT));
  if (!query) return [];

  const hits: SearchHit[] = [];
  const seen = new Set<string>();
  const push = (document: SearchDocument | undefined, matched: string) => {
    if (!document || seen.has(document.id) || hits.length >= cap) return;
    seen.add(document.id);
    hits.push(toHit(document, matched));
  };

  const exact = normalizeCode(query);
  const exactDocument = exact ? corpus.documents.get(`code:${exact}`) : undefined;
  push(exactDocument, "code");

  const compact = query.replace(/[\s-]+/g, "").toUpperCase();
  if (CODE_PREFIX.test(compact)) {
    for (const code of corpus.codes) {
      if (hits.length >= cap) break;
      if (code.startsWith(compact))
        push(corpus.documents.get(`code:${code}`), `code prefix ${compact}`);
    }
  }
  // A code that exists is the answer; searching prose for "99213" would only add noise and time.
  if (exactDocument) return hits;

  for (const id of corpus.byPhrase.get(phraseKey(query)) ?? []) {
    const document = corpus.documents.get(id);
    const synonym = document?.synonyms.find(
      (candidate) => phraseKey(candidate) === phraseKey(query),
    );
    push(document, synonym ? `also known as “${synonym}”` : "name");
  }

  const addResults = (results: MiniSearchResult[]) => {
    // MiniSearch returns results best first. Only secondary kinds (glossary, posts) are demoted, and there
    // are few of them, so the final order is decided within the first cap + secondaryCount results:
    // no code further down can overtake enough of them to reach the page. Sorting thousands of hits for
    // a common word would cost more than the search itself.
    const score = (result: MiniSearchResult) =>
      result.kind === "code" ? result.score : result.score * SECONDARY_KIND_FACTOR;
    const head = results.slice(0, cap + corpus.secondaryCount);
    // Scores equal to two decimals count as equal: then the code billed more often comes first.
    const rounded = (result: MiniSearchResult) => Math.round(score(result) * 100);
    const usage = (result: MiniSearchResult) => corpus.documents.get(String(result.id))?.usage ?? 0;
    head.sort(
      (a, b) =>
        rounded(b) - rounded(a) || usage(b) - usage(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
    for (const result of head) {
      const document = corpus.documents.get(String(result.id));
      if (document) push(document, describeMatch(result, document));
    }
  };
  const exactOptions = { prefix: (term: string) => term.length >= MIN_PREFIX_LENGTH };
  const fuzzyOptions = {
    ...exactOptions,
    fuzzy: (term: string) => fuzzyFor(term),
    maxFuzzy: MAX_FUZZY_EDITS,
  };

  // Every word must match first: explained codes, then codes found by CMS's HCPCS text (an explained
  // code always ranks above a reference page matched as well). Misspellings and any-word matches are
  // tried only when exact matches leave room.
  addResults(corpus.index.search(query, { ...exactOptions, combineWith: "AND" }));
  if (hits.length < cap)
    addResults(corpus.referenceIndex.search(query, { ...exactOptions, combineWith: "AND" }));
  if (hits.length < cap)
    addResults(corpus.fuzzyIndex.search(query, { ...fuzzyOptions, combineWith: "AND" }));
  if (hits.length === 0)
    addResults(corpus.index.search(query, { ...exactOptions, combineWith: "OR" }));
  if (hits.length === 0)
    addResults(corpus.fuzzyIndex.search(query, { ...fuzzyOptions, combineWith: "OR" }));
  return hits;
}
