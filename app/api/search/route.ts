import type { NextRequest } from "next/server";

import { cacheHeaders } from "@/lib/cache-policy";
import { safeJsonResponse } from "@/lib/http/safe-json";
import { search, SearchQueryError } from "@/lib/search";

/**
 * GET /api/search?q=…&limit=… → { query, results: SearchHit[] }. Empty or odd input gives an empty list;
 * an over-long query is a 400. The echoed query is HTML-safe JSON.
 */
export function GET(request: NextRequest) {
  const query = request.nextUrl.searchParams.get("q") ?? "";
  const limit = Number(request.nextUrl.searchParams.get("limit") ?? "") || undefined;
  try {
    const results = search(query, limit);
    return safeJsonResponse(
      { query, results },
      { headers: { ...cacheHeaders("searchApi"), "X-Robots-Tag": "noindex" } },
    );
  } catch (error) {
    if (error instanceof SearchQueryError) {
      return safeJsonResponse(
        { error: error.message },
        { status: 400, headers: cacheHeaders("apiError") },
      );
    }
    throw error;
  }
}
