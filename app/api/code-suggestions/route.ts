import { NextResponse, type NextRequest } from "next/server";

import { describeSuggestion, suggestCodes } from "@/lib/search/suggest-codes";
import { codePath } from "@/lib/site";

/** GET /api/code-suggestions?code=D3315 → codes one or two characters away, for the 404 page. */
export function GET(request: NextRequest) {
  const typed = (request.nextUrl.searchParams.get("code") ?? "").slice(0, 40);
  const suggestions = suggestCodes(typed).map((entry) => ({
    ...describeSuggestion(entry),
    href: codePath(entry.code),
  }));
  return NextResponse.json(
    { suggestions },
    { headers: { "Cache-Control": "public, max-age=300" } },
  );
}
