/**
 * Reference pages: a code in the CMS files without a curated record still has a full page of facts from
 * the data, never the AMA or ADA descriptor. The codes below have no record; if one gets a record, pick
 * another code of the same kind (the first test says so).
 */
import fs from "node:fs";
import path from "node:path";

import { expect, test } from "@playwright/test";

const CPT = "33533"; // an arterial coronary bypass: surgical, 90-day package, assistant allowed
const CDT = "D0160";
const HCPCS = "E0260"; // a semi-electric hospital bed
const DELETED = "0001A"; // a COVID-19 vaccine administration code, last listed in RVU23D
const IMAGING = "72192"; // CT of the pelvis: professional and technical components

test("the codes these tests use have no curated record", () => {
  for (const code of [CPT, CDT, HCPCS, DELETED, IMAGING])
    expect(
      fs.existsSync(path.join("content", "codes", `${code}.md`)),
      `${code} has a record now: pick another code without one`,
    ).toBe(false);
});

test.describe("a CPT reference page", () => {
  test("shows the figures and indicators from the data and never the AMA descriptor", async ({
    page,
  }) => {
    const response = await page.goto(`/codes/${CPT}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      `${CPT}CPT code: Heart and blood vessels`,
    );
    const crumbs = page.getByRole("navigation", { name: "Breadcrumb" });
    await expect(crumbs.getByRole("listitem")).toHaveText([
      /Home/,
      /Codes/,
      /CPT/,
      /Surgery/,
      /Heart and blood vessels/,
      new RegExp(CPT),
    ]);
    await expect(page.locator("#description")).toContainText(
      "has not written an editorial summary",
    );
    // The CMS file's DESCRIPTION for this code is AMA text: it must appear nowhere on the page.
    expect((await page.content()).toLowerCase()).not.toContain("cabg arterial single");

    const rvu = page.locator("#rvu-information");
    await expect(rvu.getByRole("table").first()).toContainText("Work RVU");
    await expect(rvu).toContainText("33.5675");
    const indicators = page.locator("#payment-indicators");
    await expect(indicators).toContainText("Global surgery package");
    await expect(indicators).toContainText("Assistant at surgery");
    await expect(indicators).toContainText("is care before the procedure");

    await page.locator("#modifiers").getByRole("link", { name: "80", exact: true }).click();
    await expect(page).toHaveURL(/\/modifiers\/80$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Modifier 80");
  });

  test("names itself honestly to search engines", async ({ page }) => {
    await page.goto(`/codes/${CPT}`);
    await expect(page).toHaveTitle(new RegExp(`^${CPT} — CPT code`));
    const description = await page.locator('meta[name="description"]').getAttribute("content");
    expect(description).toContain(CPT);
    expect(description).toContain("RVU26C");
    const jsonLd = await page.locator('script[type="application/ld+json"]').first().textContent();
    const [webPage] = JSON.parse(jsonLd!) as { about: Record<string, string> }[];
    expect(webPage!.about).toMatchObject({ "@type": "MedicalCode", codeValue: CPT });
    expect(webPage!.about.name).toBeUndefined();
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      "href",
      new RegExp(`/codes/${CPT}$`),
    );
  });
});

test("a diagnostic imaging reference page lists modifiers 26 and TC and its component rows", async ({
  page,
}) => {
  await page.goto(`/codes/${IMAGING}`);
  const modifiers = page.locator("#modifiers");
  await expect(modifiers.getByRole("link", { name: "26", exact: true })).toBeVisible();
  await expect(modifiers.getByRole("link", { name: "TC", exact: true })).toBeVisible();
  await expect(page.locator("#payment-indicators")).toContainText("Diagnostic imaging");
});

test("a CDT reference page says Medicare restricts coverage, without the ADA descriptor", async ({
  page,
}) => {
  await page.goto(`/codes/${CDT}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("CDT code");
  await expect(page.locator("#rvu-information")).toContainText(/restricted coverage|Restricted/i);
  expect((await page.content()).toLowerCase()).not.toContain("extensv oral eval prob focus");
});

test("a HCPCS Level II reference page quotes CMS's public-domain description with its release", async ({
  page,
}) => {
  await page.goto(`/codes/${HCPCS}`);
  const quote = page.locator("#description figure");
  await expect(quote.locator("blockquote")).toContainText("Hospital bed, semi-electric");
  await expect(quote.locator("figcaption")).toContainText("HCPCS Level II, July 2025");
  await expect(page.getByText("not yet reviewed", { exact: false })).toHaveCount(0);
  await expect(page.locator("footer aside")).toContainText("no editor has reviewed this page");
});

test("a deleted code keeps a page with its last release and figures", async ({ page }) => {
  const response = await page.goto(`/codes/${DELETED}`);
  expect(response?.status()).toBe(200);
  const note = page.getByRole("note");
  await expect(note).toContainText(`${DELETED} is not in the current CMS files`);
  await expect(note).toContainText("RVU23D");
  await expect(page.locator("#faq")).toContainText(`Can ${DELETED} still be billed?`);
});

test("a code-shaped address in no file is a 404 that suggests near codes", async ({ page }) => {
  const response = await page.goto("/codes/33539");
  expect(response?.status()).toBe(404);
  // Suggestions come from every code with a page, curated or not: these five have no record.
  const suggestions = page.getByRole("region", { name: "Did you mean" });
  await expect(suggestions.getByRole("link").first()).toContainText("33536");
  await expect(suggestions.getByRole("link", { name: /33533/ })).toBeVisible();
});

test("malformed code addresses are 404s, never 500s", async ({ request }) => {
  for (const address of [
    "/codes/%E0%A4%A",
    "/codes/33533x",
    "/codes/..%2F..%2Fetc",
    "/codes/ZZZZZ",
  ]) {
    const response = await request.get(address);
    expect(response.status(), address).toBe(404);
  }
});

test("category listings include every code, mark the curated ones and group sections", async ({
  page,
}) => {
  await page.goto("/codes/cpt/surgery");
  await expect(page.getByRole("main").locator("header p").first()).toContainText(
    "explained in full by CodeAtlas",
  );
  await expect(page.locator("#section-integumentary")).toBeVisible();
  await expect(page.locator(".code-explained").first()).toHaveText("Explained");
  await expect(page.getByRole("navigation", { name: /pages/ })).toBeVisible();
});

test("the sitemap is an index of numbered sitemaps that list reference pages too", async ({
  request,
}) => {
  const index = await (await request.get("/sitemap.xml")).text();
  expect(index).toContain("<sitemapindex");
  const parts = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    (match) => new URL(match[1]!).pathname,
  );
  expect(parts.length).toBeGreaterThan(1);
  let found = false;
  for (const part of parts) {
    const xml = await (await request.get(part)).text();
    expect((xml.match(/<url>/g) ?? []).length).toBeLessThanOrEqual(50_000);
    if (xml.includes(`/codes/${CPT}<`)) found = true;
  }
  expect(found).toBe(true);
});

test("search finds reference codes by number and HCPCS Level II codes by their words", async ({
  request,
}) => {
  const byNumber = await (await request.get(`/api/search?q=${CPT}`)).json();
  expect(byNumber.results[0]).toMatchObject({ code: CPT, href: `/codes/${CPT}` });
  const byWords = await (await request.get("/api/search?q=semi-electric%20hospital%20bed")).json();
  expect(byWords.results.map((hit: { code: string }) => hit.code)).toContain(HCPCS);
});

test("reference, deleted and modifier pages have link preview images", async ({ request }) => {
  for (const address of [
    `/codes/${CPT}/opengraph-image`,
    `/codes/${HCPCS}/opengraph-image`,
    `/codes/${DELETED}/opengraph-image`,
    "/modifiers/59/opengraph-image",
    "/modifiers/index/opengraph-image",
  ]) {
    const response = await request.get(address);
    expect(response.status(), address).toBe(200);
    expect(response.headers()["content-type"], address).toContain("image/png");
  }
});
