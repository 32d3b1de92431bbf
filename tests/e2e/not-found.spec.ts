/**
 * An unknown code address (/codes/D3315) is a 404 with its "Did you mean" list in the server's HTML
 * (pages/code-not-found/[slug].tsx, reached through the fallback rewrite in next.config.ts), so crawlers
 * and readers without JavaScript see the near codes. Like code pages, it ships no framework runtime.
 */
import { expect, test, type Page } from "@playwright/test";

const UNKNOWN_CODE = "/codes/D3315";

/** The "Did you mean" section of a raw HTML document, or "" when it has none. */
function suggestionSection(html: string): string {
  return /<section aria-labelledby="suggestions-heading"[\s\S]*?<\/section>/.exec(html)?.[0] ?? "";
}

async function expectSuggestionsNearD3315(page: Page) {
  const suggestions = page.getByRole("region", { name: "Did you mean" });
  await expect(suggestions.getByRole("link").first()).toContainText("D3310");
  await expect(suggestions.getByRole("link", { name: /D3351/ })).toBeVisible();
}

test.describe("the 404 for an unknown code", () => {
  test("answers 404 with noindex and the suggestions in the HTML the server sends", async ({
    request,
  }) => {
    const response = await request.get(UNKNOWN_CODE);
    expect(response.status()).toBe(404);
    expect(response.headers()["x-robots-tag"]).toBe("noindex");
    const html = await response.text();
    expect(html).toMatch(/<title[^>]*>Page not found \| CodeAtlas<\/title>/);
    const robots = html.match(/<meta [^>]*name="robots"[^>]*>/g) ?? [];
    expect(robots).toHaveLength(1);
    expect(robots[0]).toContain('content="noindex"');
    const section = suggestionSection(html);
    expect(section).toContain(">Did you mean</h2>");
    const links = [...section.matchAll(/<a href="([^"]+)"/g)].map((match) => match[1]);
    expect(links[0]).toBe("/codes/D3310");
    expect(links).toContain("/codes/D3351");
  });

  test("shows the suggestions without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto(UNKNOWN_CODE);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expectSuggestionsNearD3315(page);
    await context.close();
  });

  test("loads only the island script, no framework chunk, and asks no endpoint for suggestions", async ({
    page,
  }) => {
    const scripts: string[] = [];
    const fetched: string[] = [];
    page.on("request", (request) => {
      const { pathname } = new URL(request.url());
      if (request.resourceType() === "script") scripts.push(pathname);
      if (pathname.startsWith("/api/")) fetched.push(pathname);
    });
    await page.goto(UNKNOWN_CODE);
    await page.waitForLoadState("networkidle");
    await expectSuggestionsNearD3315(page);
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatch(/^\/islands\/code-page-[A-Z0-9]+\.js$/);
    expect(fetched).toEqual([]);
    const html = await page.content();
    expect(html).not.toContain("__NEXT_DATA__");
    expect(html).not.toMatch(/\/_next\/static\/[^"]+\.js/);
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
      "content",
      "script-src 'self'",
    );
  });

  test("comes after proxy.ts: a non-canonical code address is still redirected with a 301", async ({
    request,
  }) => {
    for (const [from, to] of [
      ["/codes/d3351", "/codes/D3351"],
      ["/codes/d3315", "/codes/D3315"],
    ]) {
      const response = await request.get(from!, { maxRedirects: 0 });
      expect(response.status(), from).toBe(301);
      expect(new URL(response.headers().location!, "http://x").pathname, from).toBe(to);
    }
  });

  test("leaves known codes and code systems to their pages", async ({ request }) => {
    for (const path of ["/codes/D3351", "/codes/99213", "/codes/cdt"])
      expect((await request.get(path)).status(), path).toBe(200);
  });

  test("answers made-up, malformed and direct addresses with 404, never 500", async ({
    request,
  }) => {
    for (const path of [
      "/codes/99999",
      "/codes/ZZZZZ",
      "/codes/%E0%A4%A",
      "/codes/%25E0",
      "/codes/..%2F..%2Fetc",
      // The page's own address: it is never a page of its own.
      "/code-not-found/D3315",
    ])
      expect((await request.get(path)).status(), path).toBe(404);
  });

  test("other unknown addresses keep the static 404, whose browser still asks for suggestions", async ({
    page,
  }) => {
    const response = await page.goto("/codes/cdt/D3315");
    expect(response?.status()).toBe(404);
    await expectSuggestionsNearD3315(page);
  });
});
