import { searchCorpus, type SearchHit } from "./search-codes";
import { getSearchCorpus } from "./search-index";

export { SearchQueryError, cleanQuery, type SearchHit } from "./search-codes";
export { MAX_QUERY_LENGTH, MAX_LIMIT } from "./search-config";

/** Searches the site's codes, glossary terms and posts. */
export function search(query: string, limit?: number): SearchHit[] {
  return searchCorpus(getSearchCorpus(), query, limit);
}
