import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";

import { describeViolations } from "../helpers/axe";

const APEXIFICATION = "/blog/reporting-apexification-visits";
const APEXIFICATION_TITLE = "Apexification, visit by visit: reporting D3351, D3352 and D3353";

/** Presses Tab until `target` has focus, as a keyboard user would reach it. */
async function tabTo(page: Page, target: Locator, maxPresses = 150): Promise<void> {
  for (let press = 0; press < maxPresses; press++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`could not reach the element with ${maxPresses} presses of Tab`);
}

/** The preview card a code link names with aria-describedby. */
async function cardOf(page: Page, link: Locator): Promise<Locator> {
  const id = await link.getAttribute("aria-describedby");
  expect(id).toBeTruthy();
  return page.locator(`[id="${id}"]`);
}

test.describe("blog", () => {
  test("the index lists posts newest first with dates, reading time and tags", async ({ page }) => {
    await page.goto("/blog");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Blog");
    const posts = page.getByRole("main").getByRole("listitem").getByRole("article");
    expect(await posts.count()).toBeGreaterThanOrEqual(3);
    await expect(posts.first().getByText(/\d+ min read/)).toBeVisible();
    await page.getByRole("link", { name: APEXIFICATION_TITLE }).click();
    await expect(page).toHaveURL(new RegExp(`${APEXIFICATION}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(APEXIFICATION_TITLE);
  });

  test("a tag page lists only the posts with that tag", async ({ page }) => {
    await page.goto("/blog");
    await page
      .getByRole("complementary", { name: "Topics" })
      .getByRole("link", { name: /^endodontics/ })
      .click();
    await expect(page).toHaveURL(/\/blog\/tags\/endodontics$/);
    await expect(page.getByRole("link", { name: APEXIFICATION_TITLE })).toBeVisible();
    await expect(page.getByRole("link", { name: /Work RVUs explained/ })).toHaveCount(0);
  });

  test("a post shows its breadcrumbs, byline, dates and reading time", async ({ page }) => {
    await page.goto(APEXIFICATION);
    const crumbs = page.getByRole("navigation", { name: "Breadcrumb" });
    await expect(crumbs.getByRole("listitem")).toHaveText([
      /Home/,
      /Blog/,
      new RegExp(APEXIFICATION_TITLE),
    ]);
    await expect(page.getByText("CodeAtlas editors")).toBeVisible();
    await expect(page.locator("article header time").first()).toHaveAttribute(
      "datetime",
      /^\d{4}-\d{2}-\d{2}$/,
    );
    await expect(page.getByText(/\d+ min read/)).toBeVisible();
  });

  test("a code reference links to the code page and shows its preview card on keyboard focus", async ({
    page,
  }) => {
    await page.goto(APEXIFICATION);
    const link = page.getByRole("link", { name: "D3351", exact: true }).first();
    await expect(link).toHaveAttribute("href", "/codes/D3351");
    const card = await cardOf(page, link);
    await expect(card).toBeHidden();

    await tabTo(page, link);
    await expect(card).toBeVisible();
    await expect(card).toContainText("Apexification, opening visit with first medicament");
    await expect(card).toContainText("CDT");
    await expect(link).toHaveAccessibleDescription(
      /Apexification, opening visit with first medicament/,
    );

    await page.keyboard.press("Escape");
    await expect(card).toBeHidden();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/codes\/D3351$/);
  });

  test("a code reference shows its preview card on hover", async ({ page }) => {
    await page.goto(APEXIFICATION);
    const link = page.getByRole("link", { name: "D3352", exact: true }).first();
    const card = await cardOf(page, link);
    await expect(card).toBeHidden();
    await link.hover();
    await expect(card).toBeVisible();
    await expect(card).toContainText("Apexification, medicament renewal visit");
    await page.mouse.move(0, 0);
    await expect(card).toBeHidden();
  });

  test("the preview card works without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(APEXIFICATION);
    const link = page.getByRole("link", { name: "D3353", exact: true }).first();
    const card = await cardOf(page, link);
    await link.hover();
    await expect(card).toBeVisible();
    await link.focus();
    await expect(card).toBeVisible();
    await context.close();
  });

  test("figures in posts come from the fee-schedule data, with no directive left unfilled", async ({
    page,
  }) => {
    await page.goto("/blog/fee-schedule-changes-2023-to-2025");
    const article = page.getByRole("article");
    await expect(article).not.toContainText("{{");
    await expect(article.getByRole("table")).toHaveCount(2);
    await expect(
      article.getByRole("table").nth(1).getByRole("link", { name: "99213" }),
    ).toHaveAttribute("href", "/codes/99213");
    await expect(article).toContainText(/\$\d+\.\d{4}/);
  });

  test("a post carries BlogPosting JSON-LD with headline, dates and the codes it mentions", async ({
    page,
  }) => {
    await page.goto(APEXIFICATION);
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    const items = blocks.flatMap((text) => [JSON.parse(text)].flat()) as Record<string, unknown>[];
    const posting = items.find((item) => item["@type"] === "BlogPosting");
    expect(posting).toBeDefined();
    expect(posting!.headline).toBe(APEXIFICATION_TITLE);
    expect(posting!.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(posting!.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(posting!.url).toMatch(new RegExp(`^https?://[^/]+${APEXIFICATION}$`));
    expect(posting!.mentions).toContainEqual(
      expect.objectContaining({ codeValue: "D3351", codingSystem: "CDT" }),
    );
    expect(items.some((item) => item["@type"] === "BreadcrumbList")).toBe(true);
  });

  test("a post has article Open Graph tags and a generated Open Graph image", async ({
    page,
    request,
  }) => {
    await page.goto(APEXIFICATION);
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
    const image = await page.locator('meta[property="og:image"]').getAttribute("content");
    const response = await request.get(new URL(image!).pathname);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/png");
  });

  test("the RSS and Atom feeds answer 200 with their content types and one item per post", async ({
    page,
    request,
  }) => {
    await page.goto("/blog");
    const postCount = await page
      .getByRole("main")
      .getByRole("listitem")
      .getByRole("article")
      .count();

    const rss = await request.get("/blog/rss.xml");
    expect(rss.status()).toBe(200);
    expect(rss.headers()["content-type"]).toContain("application/rss+xml");
    const rssText = await rss.text();
    expect(rssText).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<rss version="2.0"/);
    expect(rssText.match(/<item>/g)).toHaveLength(postCount);
    expect(rssText).toContain(`<title>${APEXIFICATION_TITLE}</title>`);

    const atom = await request.get("/blog/atom.xml");
    expect(atom.status()).toBe(200);
    expect(atom.headers()["content-type"]).toContain("application/atom+xml");
    const atomText = await atom.text();
    expect(atomText).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(atomText.match(/<entry>/g)).toHaveLength(postCount);

    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute(
      "href",
      /\/blog\/rss\.xml$/,
    );
  });

  test("unknown posts, tags and pages answer 404", async ({ request }) => {
    for (const path of ["/blog/no-such-post", "/blog/tags/no-such-tag", "/blog/page/99"]) {
      expect((await request.get(path)).status(), path).toBe(404);
    }
  });
});

for (const scheme of ["light", "dark"] as const) {
  test.describe(`blog accessibility (${scheme})`, () => {
    test.use({ colorScheme: scheme });
    for (const path of [
      "/blog",
      APEXIFICATION,
      "/blog/fee-schedule-changes-2023-to-2025",
      "/blog/tags/rvus",
    ]) {
      test(`${path} has no axe violations`, async ({ page }) => {
        await page.goto(path);
        const results = await new AxeBuilder({ page })
          .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
          .analyze();
        expect(describeViolations(results)).toEqual([]);
      });
    }
  });
}
