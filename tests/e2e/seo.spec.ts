import { expect, test, type Page } from "@playwright/test";

async function jsonLdOf(page: Page): Promise<Record<string, unknown>[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.flatMap((text) => {
    const parsed = JSON.parse(text) as Record<string, unknown> | Record<string, unknown>[];
    return Array.isArray(parsed) ? parsed : [parsed];
  });
}

test.describe("structured data and metadata", () => {
  test("a code page carries MedicalWebPage, breadcrumbs and an FAQ that match the visible page", async ({
    page,
  }) => {
    await page.goto("/codes/D3351");
    const data = await jsonLdOf(page);
    const webPage = data.find((item) => item["@type"] === "MedicalWebPage")!;
    expect(webPage.about).toMatchObject({
      "@type": "MedicalCode",
      codeValue: "D3351",
      codingSystem: "CDT",
    });
    expect(webPage.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const crumbs = data.find((item) => item["@type"] === "BreadcrumbList") as {
      itemListElement: { name: string }[];
    };
    const visibleCrumbs = await page
      .getByRole("navigation", { name: "Breadcrumb" })
      .getByRole("listitem")
      .allTextContents();
    expect(crumbs.itemListElement.map((item) => item.name)).toEqual(
      visibleCrumbs.map((text) => text.replace("›", "").trim()),
    );

    const faq = data.find((item) => item["@type"] === "FAQPage") as {
      mainEntity: { name: string; acceptedAnswer: { text: string } }[];
    };
    const questions = await page.locator("section#faq dt").allTextContents();
    const answers = await page.locator("section#faq dd").allTextContents();
    expect(faq.mainEntity.map((entry) => entry.name)).toEqual(questions);
    expect(faq.mainEntity.map((entry) => entry.acceptedAnswer.text)).toEqual(answers);
  });

  test("the home page describes the site with a SearchAction", async ({ page }) => {
    await page.goto("/");
    const data = await jsonLdOf(page);
    const site = data.find((item) => item["@type"] === "WebSite") as {
      potentialAction: { target: { urlTemplate: string } };
    };
    expect(site.potentialAction.target.urlTemplate).toContain("/search?q={search_term_string}");
    expect(data.some((item) => item["@type"] === "Organization")).toBe(true);
  });

  test("code pages have a canonical URL, a title led by the code and a description of 70–160 characters", async ({
    page,
  }) => {
    await page.goto("/codes/D3351");
    await expect(page).toHaveTitle(
      /^D3351 Apexification, opening visit with first medicament — CDT code/,
    );
    const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
    expect(canonical).toMatch(/^https?:\/\/[^/]+\/codes\/D3351$/);
    const description =
      (await page.locator('meta[name="description"]').getAttribute("content")) ?? "";
    expect(description.length).toBeGreaterThanOrEqual(70);
    expect(description.length).toBeLessThanOrEqual(160);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /D3351/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });

  test("search results are kept out of the index", async ({ page }) => {
    await page.goto("/search?q=root+canal");
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  });
});

test.describe("sitemap and robots", () => {
  test("the sitemap lists every code page with its review date, and robots.txt points to it", async ({
    request,
  }) => {
    const index = await (await request.get("/sitemap.xml")).text();
    expect(index).toContain("<sitemapindex");
    let sitemap = "";
    for (const part of index.matchAll(/<loc>([^<]+)<\/loc>/g)) {
      const text = await (await request.get(new URL(part[1]!).pathname)).text();
      expect(text).toContain("<urlset");
      sitemap += text;
    }
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (match) => new URL(match[1]!).pathname,
    );
    expect(locs).toContain("/codes/D3351");
    expect(locs).toContain("/codes/99213");
    expect(locs).toContain("/specialties/endodontics");
    expect(locs.some((path) => path.startsWith("/search") || path.startsWith("/calculator"))).toBe(
      false,
    );
    expect(new Set(locs).size).toBe(locs.length);
    expect(sitemap).toMatch(/<loc>[^<]+\/codes\/D3351<\/loc><lastmod>\d{4}-\d{2}-\d{2}<\/lastmod>/);
    for (const path of locs.slice(0, 400)) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(200);
    }
    const robots = await (await request.get("/robots.txt")).text();
    expect(robots).toMatch(/Sitemap: https?:\/\/[^/]+\/sitemap\.xml/);
    expect(robots).toContain("Disallow: /search");
  });
});

test.describe("link previews", () => {
  test("every code page names an Open Graph image of 1200×630 that renders", async ({
    page,
    request,
  }) => {
    await page.goto("/codes/D3351");
    const image = await page.locator('meta[property="og:image"]').getAttribute("content");
    expect(image).toMatch(/\/codes\/D3351\/opengraph-image/);
    await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute(
      "content",
      "1200",
    );
    await expect(page.locator('meta[property="og:image:height"]')).toHaveAttribute(
      "content",
      "630",
    );
    const response = await request.get(new URL(image!).pathname + new URL(image!).search);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/png");
    expect((await request.get("/codes/D9998/opengraph-image")).status()).toBe(404);
  });
});
