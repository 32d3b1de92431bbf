import { expect, test } from "@playwright/test";

const D3351_SECTIONS = [
  "Also known as",
  "Description",
  "In plain language",
  "Clinical context",
  "RVU information",
  "Billing & documentation",
  "Specialties",
  "Related codes",
  "Mentioned in",
  "Frequently asked questions",
];

test.describe("code page D3351", () => {
  test("shows the header, badges and breadcrumbs of a CDT endodontic code", async ({ page }) => {
    await page.goto("/codes/D3351");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("D3351");
    await expect(page.getByRole("heading", { level: 1 })).toContainText(
      "Apexification, opening visit with first medicament",
    );
    const badges = page.getByRole("navigation", { name: "Code system and category" });
    await expect(badges.getByRole("link")).toHaveText(["CDT", "Endodontics"]);
    const crumbs = page.getByRole("navigation", { name: "Breadcrumb" });
    await expect(crumbs.getByRole("listitem")).toHaveText([
      /Home/,
      /Codes/,
      /CDT/,
      /Endodontics/,
      /D3351/,
    ]);
    await expect(page.getByText("CPT", { exact: true })).toHaveCount(0);
  });

  test("shows every section in order, each with a stable anchor", async ({ page }) => {
    await page.goto("/codes/D3351");
    const headings = page.locator("article h2");
    await expect(headings).toHaveText(D3351_SECTIONS.map((title) => new RegExp(`^${title}`)));
    for (const id of [
      "also-known-as",
      "clinical-context",
      "rvu-information",
      "billing-and-documentation",
      "faq",
    ]) {
      await expect(page.locator(`section#${id}`)).toHaveCount(1);
    }
  });

  test("links specialties, the apexification family and the calculator", async ({ page }) => {
    await page.goto("/codes/D3351");
    const specialties = page.locator("section#specialties");
    await expect(specialties.getByRole("link", { name: "Endodontics" })).toHaveAttribute(
      "href",
      "/specialties/endodontics",
    );
    await expect(specialties.getByRole("link", { name: "Pediatric dentistry" })).toHaveAttribute(
      "href",
      "/specialties/pediatric-dentistry",
    );
    const related = page.locator("section#related-codes");
    for (const code of ["D3352", "D3353", "D3355", "D3356", "D3357", "D3310"]) {
      await expect(related.getByRole("link", { name: new RegExp(code) })).toHaveAttribute(
        "href",
        `/codes/${code}`,
      );
    }
    await related.getByRole("link", { name: /D3352/ }).click();
    await expect(page).toHaveURL(/\/codes\/D3352$/);
    await expect(
      page.locator("section#related-codes").getByRole("link", { name: /D3351/ }),
    ).toBeVisible();

    await page.goto("/codes/D3351");
    await page.getByRole("link", { name: "Add D3351 to the calculator" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("calculator");
  });

  test("answers the default questions with specific text and names the data release", async ({
    page,
  }) => {
    await page.goto("/codes/D3351");
    const faq = page.locator("section#faq");
    await expect(faq.getByText("What is D3351?")).toBeVisible();
    await expect(faq.getByText("Is D3351 covered?")).toBeVisible();
    await expect(faq.getByText("When is D3351 used?")).toBeVisible();
    await expect(faq).toContainText("American Dental Association");
    await expect(faq).toContainText("Medicare Part B");
    const attribution = page.getByRole("complementary", { name: "Sources and review" });
    await expect(attribution).toContainText("CDT codes are © American Dental Association");
    await expect(attribution).toContainText("RVU26C");
    await expect(attribution).toContainText("Last reviewed");
  });

  test("explains why CMS does not price a dental code", async ({ page }) => {
    await page.goto("/codes/D3351");
    const rvu = page.locator("section#rvu-information");
    await expect(rvu).toContainText("Dental procedure: not priced by Medicare");
    await expect(rvu).toContainText("2026 July release (RVU26C)");
    await expect(rvu).not.toContainText("ASP");
  });

  test("reads completely without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/codes/D3351");
    await expect(page.locator("article h2")).toHaveCount(D3351_SECTIONS.length);
    await expect(page.locator("section#clinical-context")).toContainText("calcium hydroxide");
    await expect(page.locator("section#billing-and-documentation")).toContainText(
      "Pre-authorization",
    );
    await context.close();
  });
});

test.describe("missing and non-canonical code URLs", () => {
  test("an unknown code answers 404 with a helpful page", async ({ page }) => {
    const response = await page.goto("/codes/D9998");
    expect(response?.status()).toBe(404);
    await expect(page).toHaveTitle("Page not found | CodeAtlas");
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expect(page.getByRole("main").getByRole("searchbox")).toBeVisible();
  });

  test("the 404 page suggests codes close to what was typed", async ({ page }) => {
    const response = await page.goto("/codes/D3315");
    expect(response?.status()).toBe(404);
    const suggestions = page.getByRole("region", { name: "Did you mean" });
    // The server renders them into the 404 (pages/code-not-found/[slug].tsx); not-found.spec.ts has more.
    await expect(suggestions.getByRole("link").first()).toContainText("D3310");
    await expect(suggestions.getByRole("link", { name: /D3351/ })).toBeVisible();
  });

  test("lower case codes, aliases and trailing slashes answer 301 with the canonical URL", async ({
    request,
  }) => {
    for (const [from, to] of [
      ["/codes/d3351", "/codes/D3351"],
      ["/cdt/D3351", "/codes/D3351"],
      ["/cpt/99213", "/codes/99213"],
      ["/hcpcs/j0585", "/codes/J0585"],
      ["/codes/D3351/", "/codes/D3351"],
    ]) {
      const response = await request.get(from!, { maxRedirects: 0 });
      expect(response.status(), from).toBe(301);
      expect(new URL(response.headers().location!, "http://x").pathname, from).toBe(to);
    }
  });
});
