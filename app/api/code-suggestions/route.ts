import { NextResponse, type NextRequest } from "next/server";

import { cacheHeaders } from "@/lib/cache-policy";
import { getCodeSuggestions } from "@/lib/search/suggest-codes";

/**
 * GET /api/code-suggestions?code=D3315 → codes one or two characters away, for the static 404 pages, which
 * cannot know the address they answer and so ask from the browser (components/layout/not-found-content.tsx).
 */
export function GET(request: NextRequest) {
  const suggestions = getCodeSuggestions(request.nextUrl.searchParams.get("code") ?? "");
  return NextResponse.json({ suggestions }, { headers: cacheHeaders("suggestionsApi") });
}
