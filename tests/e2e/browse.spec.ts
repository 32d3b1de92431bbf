import { expect, test } from "@playwright/test";

test("a reader browses home → system → category → code → specialty → glossary term and back", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.getByRole("main").getByRole("link", { name: "CDT", exact: true }).click();
  await expect(page).toHaveURL(/\/codes\/cdt$/);
  await page.getByRole("main").getByRole("link", { name: "Endodontics" }).click();
  await expect(page).toHaveURL(/\/codes\/cdt\/endodontics$/);
  await expect(page.getByRole("table")).toContainText("D3351");
  await page.getByRole("link", { name: "D3351", exact: true }).click();
  await expect(page).toHaveURL(/\/codes\/D3351$/);

  await page
    .locator("section#specialties")
    .getByRole("link", { name: "Pediatric dentistry" })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pediatric dentistry");
  await expect(page.getByRole("main")).toContainText("D3351");
  await page.goBack();
  await expect(page).toHaveURL(/\/codes\/D3351$/);

  await page.locator("section#rvu-information").getByRole("link", { name: /GPCI/ }).click();
  await expect(page).toHaveURL(/\/resources\/glossary\/gpci$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/codes\/D3351$/);
});

test("a code page links to the previous and next code of its category", async ({ page }) => {
  await page.goto("/codes/D3352");
  const pager = page.getByRole("navigation", { name: "Codes in this category" });
  await expect(pager.getByRole("link", { name: /D3351/ })).toHaveAttribute("rel", "prev");
  await expect(pager.getByRole("link", { name: /D3353/ })).toHaveAttribute("rel", "next");
});

test("the support page explains reporting, data sources and the disclaimer, and report links carry the code", async ({
  page,
}) => {
  await page.goto("/codes/D3351");
  await page.getByRole("link", { name: "Report a problem with this page" }).click();
  await expect(page).toHaveURL(/\/support\/report\?code=D3351$/);
  await expect(page.getByRole("main")).toContainText("D3351");
  await page.goto("/support");
  for (const heading of [
    "Report a problem",
    "Where the figures come from",
    "Disclaimer",
    "Contact",
  ]) {
    await expect(page.getByRole("heading", { name: heading })).toBeVisible();
  }
});

test("pages of one router never prefetch the other router's pages as whole HTML documents", async ({
  page,
}) => {
  // Code pages and listings are Pages Router pages; blog posts and career guides are App Router pages
  // (lib/routes.ts). A <Link> across the two fetched a full HTML page for every link in view.
  const crossRouterFetches: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    const codePagePrefetch = /^\/codes\/[^/]+$/.test(url.pathname) && url.searchParams.has("_rsc");
    const pagesRouterData = url.pathname.startsWith("/_next/data/");
    if (codePagePrefetch || pagesRouterData) crossRouterFetches.push(request.url());
  });
  for (const path of [
    "/codes/cdt/endodontics",
    "/blog/work-rvus-explained-for-residents",
    "/codes/D3351",
    "/career",
  ]) {
    await page.goto(path);
    await page.mouse.wheel(0, 4000);
    await page.getByRole("main").getByRole("link").first().hover();
    await page.waitForLoadState("networkidle");
  }
  expect(crossRouterFetches).toEqual([]);

  // Following a link still works both ways, as an ordinary page load.
  await page.goto("/codes/cdt/endodontics");
  await page.getByRole("link", { name: "D3351", exact: true }).click();
  await expect(page).toHaveURL(/\/codes\/D3351$/);
  await page
    .getByRole("navigation", { name: "Breadcrumb" })
    .getByRole("link", { name: "Endodontics" })
    .click();
  await expect(page).toHaveURL(/\/codes\/cdt\/endodontics$/);
  expect(crossRouterFetches).toEqual([]);
});
