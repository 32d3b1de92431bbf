/**
 * The search endpoint's answer as data: what app/api/search/route.ts returns and what the production
 * server's fast path sends for the same request (lib/search/search-api.ts).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { CACHE_POLICY, cacheControlHeader } from "@/lib/cache-policy";
import { MAX_QUERY_LENGTH } from "@/lib/search";
import { answerSearchRequest } from "@/lib/search/search-api";

import { codeRecord, writeContentTree } from "../../helpers/content-fixture";

beforeEach(() => {
  vi.stubEnv("CONTENT_DIR", writeContentTree({ "codes/D3351.md": codeRecord() }));
});
afterEach(() => vi.unstubAllEnvs());

describe("answerSearchRequest", () => {
  it("answers the results as HTML-safe JSON with the search API's lifetimes, kept out of indexes", () => {
    const answer = answerSearchRequest(new URLSearchParams({ q: "apexification <b>" }));
    expect(answer.status).toBe(200);
    expect(answer.headers).toEqual({
      "Content-Type": "application/json",
      "Cache-Control": cacheControlHeader(CACHE_POLICY.searchApi),
      "X-Robots-Tag": "noindex",
    });
    expect(answer.body).toContain('"query":"apexification \\u003cb\\u003e"');
    expect(JSON.parse(answer.body).results[0]).toMatchObject({ code: "D3351" });
  });

  it("honours limit, and answers an over-long query with a 400 that caches briefly", () => {
    expect(
      JSON.parse(answerSearchRequest(new URLSearchParams("q=d&limit=1")).body).results.length,
    ).toBeLessThanOrEqual(1);
    const refused = answerSearchRequest(
      new URLSearchParams({ q: "a".repeat(MAX_QUERY_LENGTH + 1) }),
    );
    expect(refused.status).toBe(400);
    expect(refused.headers["Cache-Control"]).toBe(cacheControlHeader(CACHE_POLICY.apiError));
    expect(JSON.parse(refused.body).error).toMatch(/longer than/);
  });
});
