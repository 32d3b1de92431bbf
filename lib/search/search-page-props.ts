/**
 * Props for /search (pages/search.tsx): the results of one query, rendered per request as static HTML
 * with no framework runtime, like the code pages the results link to.
 */
import { getIslandScriptUrl } from "@/lib/islands/island-scripts";
import { withoutUndefined } from "@/lib/page-props";
import { buildPageHead, type PageHeadData } from "@/lib/seo/head-tags";
import { createMetadata } from "@/lib/seo/metadata";

import { search, SearchQueryError, type SearchHit } from "./index";

/** How many results a results page lists. */
export const SEARCH_PAGE_LIMIT = 30;
/** How much of the query the page title repeats. */
const TITLE_QUERY_LENGTH = 80;

export interface SearchPageProps {
  head: PageHeadData;
  islandScript: string;
  /** The query as typed, for the search field. */
  query: string;
  hits: SearchHit[];
  /** Why the query could not be run (too long), in words for the reader. */
  problem?: string;
}

/** Props for /search?q=…; `q` is the raw query parameter (absent, one value or repeated). */
export function getSearchPageProps(q: string | string[] | undefined): SearchPageProps {
  const query = typeof q === "string" ? q : "";
  const shown = query.trim().slice(0, TITLE_QUERY_LENGTH);
  let hits: SearchHit[] = [];
  let problem: string | undefined;
  try {
    hits = search(query, SEARCH_PAGE_LIMIT);
  } catch (error) {
    if (!(error instanceof SearchQueryError)) throw error;
    problem = "That search is too long. Try a code or a few words.";
  }
  const metadata = createMetadata({
    title: shown ? `Search: ${shown}` : "Search codes",
    description:
      "Search CPT, HCPCS Level II and CDT codes by code, name, synonym or plain words on CodeAtlas.",
    path: "/search",
    noindex: true,
  });
  return withoutUndefined({
    head: buildPageHead(metadata),
    islandScript: getIslandScriptUrl("code-page"),
    query,
    hits,
    problem,
  });
}
