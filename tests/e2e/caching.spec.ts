/**
 * The cache policy (lib/cache-policy.ts) as the production server sends it: each kind of response carries
 * its rule's Cache-Control, and pages carry an ETag that turns a revalidation into a 304.
 */
import { expect, test, type APIRequestContext } from "@playwright/test";

import { CACHE_POLICY, cacheControlHeader, type CacheRuleName } from "../../lib/cache-policy";

async function expectRule(request: APIRequestContext, path: string, rule: CacheRuleName) {
  const response = await request.get(path, { maxRedirects: 0 });
  expect(response.status(), path).toBe(200);
  expect(response.headers()["cache-control"], path).toBe(cacheControlHeader(CACHE_POLICY[rule]));
  return response;
}

test.describe("Cache-Control", () => {
  test("pages of both routers: an hour in shared caches, a day with stale copies, and an ETag", async ({
    request,
  }) => {
    for (const path of ["/codes/D3351", "/modifiers/26", "/", "/codes/cdt/endodontics"]) {
      const response = await expectRule(request, path, "page");
      expect(response.headers()["etag"], path).toMatch(/^(W\/)?"[^"]+"$/);
    }
  });

  test("a request with the page's ETag gets 304 without a body", async ({ request }) => {
    for (const path of ["/codes/D3351", "/career"]) {
      const etag = (await request.get(path)).headers()["etag"]!;
      const again = await request.get(path, { headers: { "If-None-Match": etag } });
      expect(again.status(), path).toBe(304);
      expect(await again.body(), path).toHaveLength(0);
      expect(again.headers()["etag"], path).toBe(etag);
    }
  });

  test("hashed assets are immutable", async ({ request }) => {
    const career = await (await request.get("/career")).text();
    const asset = /\/_next\/static\/[^"]+\.js/.exec(career)?.[0];
    expect(asset).toBeDefined();
    await expectRule(request, asset!, "nextStaticAsset");
    const codePage = await (await request.get("/codes/D3351")).text();
    const island = /\/islands\/code-page-[^"]+\.js/.exec(codePage)?.[0];
    expect(island).toBeDefined();
    await expectRule(request, island!, "islandScript");
  });

  test("preview images, sitemaps, feeds and robots.txt carry their own lifetimes", async ({
    request,
  }) => {
    const image = await expectRule(request, "/codes/D3351/opengraph-image", "previewImage");
    expect(image.headers()["content-type"]).toBe("image/png");
    await expectRule(request, "/sitemap.xml", "sitemap");
    await expectRule(request, "/sitemaps/0.xml", "sitemap");
    await expectRule(request, "/blog/rss.xml", "feed");
    await expectRule(request, "/blog/atom.xml", "feed");
    await expectRule(request, "/robots.txt", "robots");
  });

  test("the JSON APIs carry their own lifetimes, and errors a short one", async ({ request }) => {
    await expectRule(request, "/api/search?q=d3351", "searchApi");
    await expectRule(request, "/api/code-suggestions?code=D3315", "suggestionsApi");
    await expectRule(request, "/api/fee-schedule/99213", "feeScheduleApi");
    await expectRule(request, "/api/gpci/2026", "gpciApi");
    const missing = await request.get("/api/fee-schedule/99999");
    expect(missing.status()).toBe(404);
    expect(missing.headers()["cache-control"]).toBe(cacheControlHeader(CACHE_POLICY.apiError));
  });

  test("pages made per request and not-found answers are never stored by a shared cache", async ({
    request,
  }) => {
    for (const path of ["/search?q=crown", "/codes/D9998", "/no-such-page"]) {
      const response = await request.get(path);
      expect(response.headers()["cache-control"], path).toMatch(/no-store/);
    }
  });

  test("the revalidation endpoint is never stored, and is off on a server without its secret", async ({
    request,
  }) => {
    const response = await request.post("/api/revalidate", { data: { codes: ["D3351"] } });
    expect(response.status()).toBe(503);
    expect(response.headers()["cache-control"]).toBe(
      cacheControlHeader(CACHE_POLICY.revalidateApi),
    );
    expect((await response.json()).error).toMatch(/REVALIDATE_SECRET/);
  });
});
