/**
 * GET /api/search?q=…&limit=… → { query, results: SearchHit[] }. Empty or odd input gives an empty list;
 * an over-long query is a 400. The echoed query is HTML-safe JSON.
 *
 * The answer as plain data, so the route handler (app/api/search/route.ts) and the production server's
 * fast path (server.ts), which answers searches without Next.js's per-request work, send the same one.
 */
import { cacheHeaders } from "@/lib/cache-policy";
import { safeJsonAnswer, type JsonAnswer } from "@/lib/http/safe-json";

import { search } from "./index";
import { SearchQueryError } from "./search-codes";

/** The query parameters the endpoint reads; the fast path leaves a request with any other to Next.js. */
export const SEARCH_API_PARAMETERS = ["q", "limit"] as const;

export function answerSearchRequest(parameters: URLSearchParams): JsonAnswer {
  const query = parameters.get("q") ?? "";
  const limit = Number(parameters.get("limit") ?? "") || undefined;
  try {
    const results = search(query, limit);
    return safeJsonAnswer(
      { query, results },
      { headers: { ...cacheHeaders("searchApi"), "X-Robots-Tag": "noindex" } },
    );
  } catch (error) {
    if (error instanceof SearchQueryError)
      return safeJsonAnswer(
        { error: error.message },
        { status: 400, headers: cacheHeaders("apiError") },
      );
    throw error;
  }
}
