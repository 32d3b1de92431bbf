import { NextResponse, type NextRequest } from "next/server";

import { search, SearchQueryError } from "@/lib/search";

/**
 * GET /api/search?q=…&limit=… → { query, results: SearchHit[] }. Empty or odd input gives an empty list;
 * an over-long query is a 400. Nothing from the query is ever evaluated or echoed as HTML.
 */
export function GET(request: NextRequest) {
  const query = request.nextUrl.searchParams.get("q") ?? "";
  const limit = Number(request.nextUrl.searchParams.get("limit") ?? "") || undefined;
  try {
    const results = search(query, limit);
    return NextResponse.json(
      { query, results },
      { headers: { "Cache-Control": "public, max-age=60, s-maxage=300", "X-Robots-Tag": "noindex" } },
    );
  } catch (error) {
    if (error instanceof SearchQueryError) {
      return NextResponse.json({ error: error.message }, { status: 400 });
    }
    throw error;
  }
}
