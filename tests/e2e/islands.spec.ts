/**
 * Code pages ship plain HTML and one small island script instead of the React runtime. Each island is
 * checked with JavaScript on (it works) and off (the page offers something that works instead).
 */
import { expect, test, type Page } from "@playwright/test";

/** Every script URL the page requests while loading. */
async function loadCollectingScripts(page: Page, path: string): Promise<string[]> {
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
  });
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  return scripts;
}

test.describe("home, code, listing, glossary and search pages without a framework runtime", () => {
  for (const path of [
    "/",
    "/specialties/endodontics",
    "/resources/glossary/gpci",
    "/blog",
    "/codes/99213",
    "/codes/D3351",
    "/codes/cdt",
    "/codes/cdt/endodontics",
    "/search?q=root+canal",
  ]) {
    test(`${path} loads only its island script and no page data`, async ({ page }) => {
      const scripts = await loadCollectingScripts(page, path);
      expect(scripts).toHaveLength(1);
      expect(scripts[0]).toMatch(/^\/islands\/code-page-[A-Z0-9]+\.js$/);
      const html = await page.content();
      expect(html).not.toContain("__NEXT_DATA__");
      expect(html).not.toMatch(/\/_next\/static\/[^"]+\.js/);
    });
  }

  test("the calculator runs on its own island under the same policy, without the framework", async ({
    page,
  }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    const scripts = await loadCollectingScripts(page, "/calculator?items=99213*2&release=RVU25D");
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toMatch(/^\/islands\/calculator-[\w-]+\.js$/);
    const html = await page.content();
    expect(html).not.toContain("__NEXT_DATA__");
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
      "content",
      "script-src 'self'",
    );
    // The island has taken over when typing a code and pressing Enter adds it without a page load,
    // which would clear this mark.
    await page.evaluate(() => Object.assign(window, { samePage: true }));
    const field = page.getByRole("textbox", { name: "Add codes" });
    await field.fill("99214");
    await field.press("Enter");
    await expect(page.getByRole("spinbutton", { name: "Units for 99214" })).toHaveValue("1");
    await expect(page).toHaveURL(/items=99213\*2,99214\*1/);
    expect(await page.evaluate(() => "samePage" in window)).toBe(true);
    expect(violations).toEqual([]);
  });

  test("code pages forbid inline scripts; App Router pages still allow the framework's", async ({
    page,
    request,
  }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto("/codes/99213");
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
      "content",
      "script-src 'self'",
    );
    await expect(page.getByRole("combobox", { name: "Medicare payment locality" })).toBeEnabled();
    expect(violations).toEqual([]);
    // An address no route matches is the App Router's 404 page, which keeps the framework's inline
    // scripts. (An unknown code's 404 is a Pages Router page with the code pages' policy: not-found.spec.ts.)
    await page.goto("/no-such-page");
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(0);
    const header = (await request.get("/career")).headers()["content-security-policy"];
    expect(header).toContain("script-src 'self' 'unsafe-inline'");
    const island = await request.get(
      (await (await request.get("/codes/99213")).text()).match(/\/islands\/code-page-\w+\.js/)![0],
    );
    expect(island.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  });
});

test.describe("islands with JavaScript", () => {
  test("the header search suggests codes and opens one with the keyboard", async ({ page }) => {
    await page.goto("/codes/99213");
    const box = page.getByRole("combobox", { name: "Search codes" });
    await page.keyboard.press("/");
    await expect(box).toBeFocused();
    await box.pressSequentially("apexificaton");
    const listbox = page.getByRole("listbox", { name: "Search suggestions" });
    await expect(listbox.getByRole("option").first()).toContainText("D3351");
    await expect(box).toHaveAttribute("aria-expanded", "true");
    await box.press("ArrowDown");
    await expect(listbox.getByRole("option").first()).toHaveAttribute("aria-selected", "true");
    await box.press("Enter");
    await expect(page).toHaveURL(/\/codes\/D3351$/);
  });

  test("the locality select shows Manhattan's amounts in place", async ({ page }) => {
    // RVU26C 99213 with GPCI2026 Manhattan (1.064, 1.162, 1.586) at 33.4009:
    //   non-facility (1.30×1.064 + 1.46×1.162 + 0.09×1.586) × 33.4009 = $107.63
    //   facility     (1.30×1.064 + 0.33×1.162 + 0.09×1.586) × 33.4009 = $63.78
    await page.goto("/codes/99213");
    const rvu = page.locator("section#rvu-information");
    const select = rvu.getByRole("combobox", { name: "Medicare payment locality" });
    await expect(select).toBeEnabled();
    await expect(rvu.getByRole("link", { name: /open 99213 in the wRVU calculator/ })).toBeHidden();
    await select.selectOption("13202-01");
    const table = rvu.getByRole("table", { name: /Medicare payment for 99213 in MANHATTAN/ });
    await expect(table.getByRole("row", { name: /Global/ })).toContainText("$107.63");
    await expect(table.getByRole("row", { name: /Global/ })).toContainText("$63.78");
    await expect(select).toHaveAccessibleDescription(/Using 2026 GPCIs for MANHATTAN/);
  });

  test("copy buttons appear and copy the link", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("/codes/99213");
    await page.getByText("Link to this code").click();
    await expect(page.getByRole("button", { name: "Copy URL" })).toBeVisible();
    // Located by what it copies: its accessible name changes to "Copied" for two seconds.
    const button = page.locator("button[data-copy-text]").first();
    await button.click();
    await expect(button).toHaveText("Copied");
    await expect(button).toHaveText("Copy URL");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/\/codes\/99213$/);
  });
});

test.describe("islands without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the locality select gives way to a calculator link, and no dead copy button shows", async ({
    page,
  }) => {
    await page.goto("/codes/99213");
    const rvu = page.locator("section#rvu-information");
    const link = rvu.getByRole("link", { name: /open 99213 in the wRVU calculator/ });
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute("href", "/calculator?add=99213");
    await expect(rvu.getByRole("combobox", { name: "Medicare payment locality" })).toBeHidden();
    await page.getByText("Link to this code").click();
    await expect(page.getByRole("textbox", { name: "URL" })).toHaveValue(/\/codes\/99213$/);
    await expect(page.getByRole("button", { name: "Copy URL" })).toBeHidden();
  });

  test("the calculator link prices the code for a chosen locality without JavaScript", async ({
    page,
  }) => {
    await page.goto("/codes/99213");
    await page.getByRole("link", { name: /open 99213 in the wRVU calculator/ }).click();
    await expect(page).toHaveURL(/\/calculator\?add=99213/);
    await page.getByRole("combobox", { name: "Payment locality (GPCI)" }).selectOption("13202-01");
    await page.getByRole("button", { name: "Update the figures" }).click();
    await expect(page.getByRole("region", { name: /^Totals/ })).toContainText("$107.63");
  });

  test("the header search submits to the search page", async ({ page }) => {
    await page.goto("/codes/99213");
    await page.getByRole("combobox", { name: "Search codes" }).fill("apicoectomy");
    await page.getByRole("banner").getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/search\?q=apicoectomy/);
    await expect(page.getByRole("main")).toContainText("D3410");
  });
});
