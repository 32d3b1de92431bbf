/**
 * The production server's fast path (server.ts, lib/fast-path) against Next.js itself, on the server
 * readers get (playwright.config.ts runs `npm start`). A query string sends a page request past the fast
 * path to Next.js, which ignores it for a prerendered page: `?via=next` is the same page, answered the way
 * `next start` answers it. Raw node:http requests, so the bytes are compared as sent.
 */
import type http from "node:http";
import zlib from "node:zlib";

import { expect, test } from "@playwright/test";

import { CACHE_POLICY, cacheControlHeader } from "../../lib/cache-policy";
import { answeredByFastPath, rawRequest as rawUrlRequest } from "../../scripts/bench/raw-http";

let origin: string;
test.beforeAll(({}, testInfo) => {
  origin = testInfo.project.use.baseURL!;
});

const rawRequest = (target: string, headers: Record<string, string> = {}, method = "GET") =>
  rawUrlRequest(`${origin}${target}`, headers, method);

/** The headers of an answer but those that differ between any two: the clock and the connection's. */
function comparable(headers: http.IncomingHttpHeaders, without: string[] = []) {
  const skip = new Set(["date", "connection", "keep-alive", ...without]);
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !skip.has(name)));
}

const PAGES = [
  "/codes/D3351",
  "/",
  "/codes/cdt",
  "/codes/cdt/endodontics",
  "/codes/cpt/surgery/page/2",
  "/modifiers",
  "/modifiers/26",
];

const GZIP = { "Accept-Encoding": "gzip, deflate, br, zstd" };

test.describe("the fast path for prerendered pages", () => {
  test("sends the body and headers Next.js sends for the same page", async () => {
    for (const path of PAGES) {
      const fast = await rawRequest(path);
      const viaNext = await rawRequest(`${path}?via=next`);
      expect(fast.status, path).toBe(200);
      expect(comparable(fast.headers), path).toEqual(comparable(viaNext.headers));
      expect(fast.body.equals(viaNext.body), `${path}: the same bytes`).toBe(true);
      expect(fast.headers["cache-control"], path).toBe(cacheControlHeader(CACHE_POLICY.page));
      expect(fast.headers["content-type"], path).toBe("text/html; charset=utf-8");
      expect(fast.headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
      expect(fast.headers["x-powered-by"], path).toBeUndefined();
    }
  });

  test("compresses as Next.js does, with the length where Next.js streams chunks", async () => {
    const fast = await rawRequest("/codes/D3351", GZIP);
    const viaNext = await rawRequest("/codes/D3351?via=next", GZIP);
    expect(fast.headers["content-encoding"]).toBe("gzip");
    expect(zlib.gunzipSync(fast.body)).toEqual(zlib.gunzipSync(viaNext.body));
    expect(comparable(fast.headers, ["content-length"])).toEqual(
      comparable(viaNext.headers, ["transfer-encoding"]),
    );
    // The one visible difference, and so the sign that the fast path answered the first request.
    expect(answeredByFastPath(fast)).toBe(true);
    expect(answeredByFastPath(viaNext)).toBe(false);
  });

  test("answers the page's ETag with a 304 without a body, and HEAD with headers only", async () => {
    const page = await rawRequest("/codes/D3351");
    const etag = page.headers.etag!;
    const conditional = await rawRequest("/codes/D3351", { "If-None-Match": etag, ...GZIP });
    expect(conditional.status).toBe(304);
    expect(conditional.body).toHaveLength(0);
    expect(conditional.headers.etag).toBe(etag);
    const conditionalViaNext = await rawRequest("/codes/D3351?via=next", { "If-None-Match": etag });
    expect(comparable(conditional.headers)).toEqual(comparable(conditionalViaNext.headers));

    const head = await rawRequest("/codes/D3351", GZIP, "HEAD");
    expect(head.status).toBe(200);
    expect(head.body).toHaveLength(0);
    expect(head.headers["content-length"]).toBe(String(page.body.length));
    expect(comparable(head.headers)).toEqual(comparable(page.headers));
  });

  test("leaves every other address of a page to proxy.ts and Next.js", async () => {
    for (const [path, location] of [
      ["/codes/d3351", "/codes/D3351"],
      ["/codes/D3351/", "/codes/D3351"],
      ["/cdt/D3351", "/codes/D3351"],
      ["/codes/d3351?ref=x", "/codes/D3351?ref=x"],
    ] as const) {
      const answer = await rawRequest(path);
      expect(answer.status, path).toBe(301);
      expect(answer.headers.location?.endsWith(location), `${path} → ${location}`).toBe(true);
    }
    expect((await rawRequest("/codes/%E0%A4%A")).status).toBe(404);
    const unknown = await rawRequest("/codes/D3315");
    expect(unknown.status).toBe(404);
    expect(unknown.body.toString()).toContain(">Did you mean</h2>");
  });
});

test.describe("the fast path for the search API", () => {
  const SEARCHES = [
    "/api/search?q=crown",
    "/api/search?q=root%20canal&limit=3",
    "/api/search?q=%3Cscript%3E",
    `/api/search?q=${"a".repeat(300)}`,
  ];

  test("answers as the route handler does, from the same function", async () => {
    for (const target of SEARCHES) {
      const fast = await rawRequest(target);
      const viaNext = await rawRequest(`${target}&via=next`);
      expect(fast.status, target).toBe(viaNext.status);
      expect(comparable(fast.headers, ["content-length"]), target).toEqual(
        comparable(viaNext.headers, ["transfer-encoding"]),
      );
      expect(fast.body.toString(), target).toBe(viaNext.body.toString());
      expect(fast.headers["content-length"], target).toBe(String(fast.body.length));
    }
    const refused = await rawRequest(SEARCHES[3]!);
    expect(refused.status).toBe(400);
    expect(refused.headers["cache-control"]).toBe(cacheControlHeader(CACHE_POLICY.apiError));
  });

  test("compresses as Next.js compresses a route's answer", async () => {
    const fast = await rawRequest("/api/search?q=crown", GZIP);
    const viaNext = await rawRequest("/api/search?q=crown&via=next", GZIP);
    expect(answeredByFastPath(fast)).toBe(true);
    expect(answeredByFastPath(viaNext)).toBe(false);
    expect(zlib.gunzipSync(fast.body).toString()).toBe(zlib.gunzipSync(viaNext.body).toString());
    expect(comparable(fast.headers, ["content-length"])).toEqual(
      comparable(viaNext.headers, ["transfer-encoding"]),
    );
  });
});
