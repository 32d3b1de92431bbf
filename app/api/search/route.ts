import type { NextRequest } from "next/server";

import { answerResponse } from "@/lib/http/safe-json";
import { answerSearchRequest } from "@/lib/search/search-api";

/**
 * GET /api/search?q=…&limit=… → { query, results: SearchHit[] } (lib/search/search-api.ts). The
 * production server answers most searches itself with the same function (server.ts); this route answers
 * the rest.
 */
export function GET(request: NextRequest) {
  return answerResponse(answerSearchRequest(request.nextUrl.searchParams));
}
