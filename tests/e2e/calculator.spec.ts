/**
 * The wRVU calculator end to end: typing codes, persistence, shared links, CSV, the code-page link, the
 * keyboard, and the page without JavaScript. Figures are the hand-worked RVU25D amounts pinned in
 * tests/unit/calculator/compute.test.ts.
 */
import fs from "node:fs";

import { expect, test, type Page } from "@playwright/test";

const STORAGE_KEY = "codeatlas:calculator";
const VISITS_URL =
  "/calculator?items=99213*2,99214*1,D3351*1&setting=non-facility&locality=13202-01&release=RVU25D";

function listTable(page: Page) {
  return page.getByRole("table", { name: /Codes in the list/ });
}

/** The code of every line, in order (the totals row in the table footer is left out). */
function lineCodes(page: Page) {
  return listTable(page).locator("tbody").getByRole("rowheader");
}

function totals(page: Page) {
  return page.getByRole("region", { name: /^Totals/ });
}

/** The page has hydrated and read the browser's state once it has written the list to localStorage. */
async function waitForCalculator(page: Page) {
  await page.waitForFunction((key) => window.localStorage.getItem(key) !== null, STORAGE_KEY);
}

async function addCodes(page: Page, text: string) {
  const field = page.getByRole("textbox", { name: "Add codes" });
  await field.fill(text);
  await field.press("Enter");
}

test.describe("wRVU calculator", () => {
  test("builds a list by typing codes and keeps it after a reload", async ({ page }) => {
    await page.goto("/calculator?release=RVU25D");
    await waitForCalculator(page);
    await addCodes(page, "99213*2");
    await expect(listTable(page).getByRole("rowheader", { name: /99213/ })).toBeVisible();
    await addCodes(page, "99214");
    await expect(page).toHaveURL(/\?items=99213\*2,99214\*1&setting=non-facility&release=RVU25D$/);
    // 1.30 × 2 + 1.92 = 4.52 work; 2.75 × 2 + 3.87 = 9.37 total; $88.95 × 2 + $125.18 = $303.08.
    await expect(totals(page)).toContainText("4.52");
    await expect(totals(page)).toContainText("9.37");
    await expect(totals(page)).toContainText("$303.08");

    await page.reload();
    await expect(lineCodes(page)).toHaveText([/99213/, /99214/]);
    await expect(totals(page)).toContainText("$303.08");

    // The bare page restores the list this browser kept.
    await page.goto("/calculator");
    await expect(page).toHaveURL(/items=99213\*2,99214\*1/);
    await expect(lineCodes(page)).toHaveText([/99213/, /99214/]);
  });

  test("a shared URL shows the same list in a fresh browser", async ({ page, browser }) => {
    await page.goto("/calculator?release=RVU25D");
    await waitForCalculator(page);
    await addCodes(page, "99213*2, 71046-26");
    await expect(lineCodes(page)).toHaveText([/99213/, /71046/]);
    await page.getByRole("combobox", { name: "Payment locality (GPCI)" }).selectOption("13202-01");
    await page.getByRole("radio", { name: /^Facility/ }).check();
    await expect(page).toHaveURL(/locality=13202-01/);
    await expect(page).toHaveURL(/setting=facility/);
    const shared = page.url();

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(shared);
    await expect(lineCodes(other)).toHaveText([/99213/, /71046/]);
    await expect(other.getByRole("combobox", { name: "Modifier for 71046" })).toHaveValue("26");
    await expect(other.getByRole("radio", { name: /^Facility/ })).toBeChecked();
    await expect(other.getByRole("combobox", { name: "Payment locality (GPCI)" })).toHaveValue(
      "13202-01",
    );
    // Facility, RVU25D: 99213 1.97 × 32.3465 → $63.72 × 2 + 71046-26 0.31 × 32.3465 → $10.03 = $137.47;
    // Manhattan: 99213 $71.64 × 2 + 71046-26 (0.22×1.065 + 0.08×1.166 + 0.01×1.656) × 32.3465 → $11.13 = $154.41.
    for (const figure of ["$137.47", "$154.41"]) {
      await expect(totals(page)).toContainText(figure);
      await expect(totals(other)).toContainText(figure);
    }
    await fresh.close();
  });

  test("exports the list as CSV with a totals row", async ({ page }) => {
    await page.goto(VISITS_URL);
    await waitForCalculator(page);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export CSV" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("codeatlas-wrvu-RVU25D-non-facility.csv");
    const csv = fs.readFileSync((await download.path())!, "utf8");
    // Manhattan (2025 GPCIs): 99213 $101.06 × 2 = $202.12, 99214 $142.07; total $344.19.
    expect(csv).toBe(
      [
        "code,modifier,units,work RVU,total RVU,national payment,locality payment,note",
        "99213,,2,2.60,5.50,177.90,202.12,",
        "99214,,1,1.92,3.87,125.18,142.07,",
        "D3351,,1,,,,,Dental procedure: not priced by Medicare",
        'Total,,,4.52,9.37,303.08,344.19,"RVU25D; non-facility; locality MANHATTAN (NY), 2025 GPCI"',
        "",
      ].join("\r\n"),
    );
  });

  test("Add to the calculator on D3351's page shows why Medicare does not price it", async ({
    page,
  }) => {
    await page.goto("/codes/D3351");
    await page.getByRole("link", { name: "Add D3351 to the calculator" }).click();
    await expect(page).toHaveURL(/\/calculator\?items=D3351\*1&/);
    const row = listTable(page).getByRole("row", { name: /D3351/ });
    await expect(row).toContainText("Dental procedure: not priced by Medicare");
    await expect(row).not.toContainText("$0.00");
    await expect(totals(page)).toContainText("1 line is not paid from RVUs");
  });

  test("explains a code the physician fee schedule does not list, and names an unknown code", async ({
    page,
  }) => {
    await page.goto("/calculator?release=RVU25D");
    await waitForCalculator(page);
    await addCodes(page, "E0114");
    await expect(listTable(page).getByRole("row", { name: /E0114/ })).toContainText(
      "Paid under the DMEPOS fee schedule",
    );
    await addCodes(page, "99999");
    await expect(page.getByRole("alert").filter({ hasText: "99999" })).toContainText(
      "99999 is not in the CMS physician fee schedule data",
    );
    await expect(page.getByRole("textbox", { name: "Add codes" })).toHaveValue("99999");
    await expect(lineCodes(page)).toHaveText([/E0114/]);
  });

  test("a keyboard alone can add, change and remove lines", async ({ page }) => {
    await page.goto("/calculator?release=RVU25D");
    await waitForCalculator(page);
    const field = page.getByRole("textbox", { name: "Add codes" });
    for (
      let presses = 0;
      presses < 40 && !(await field.evaluate((node) => node === document.activeElement));
      presses++
    ) {
      await page.keyboard.press("Tab");
    }
    await expect(field).toBeFocused();
    await page.keyboard.type("99213");
    await page.keyboard.press("Enter");
    await expect(listTable(page).getByRole("rowheader", { name: /99213/ })).toBeVisible();
    await expect(field).toBeFocused();
    await page.keyboard.type("71046-26");
    await page.keyboard.press("Enter");
    await expect(lineCodes(page)).toHaveText([/99213/, /71046/]);

    const units = page.getByRole("spinbutton", { name: "Units for 99213" });
    for (
      let presses = 0;
      presses < 40 && !(await units.evaluate((node) => node === document.activeElement));
      presses++
    ) {
      await page.keyboard.press("Tab");
    }
    await page.keyboard.press("ArrowUp");
    await expect(page).toHaveURL(/items=99213\*2,71046-26\*1/);

    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "Remove 99213" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(lineCodes(page)).toHaveText([/71046/]);
    await expect(page.getByRole("button", { name: "Remove 71046-26" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByText("The list is empty.")).toBeVisible();
    await expect(field).toBeFocused();
  });

  test("the release selector reprices the list and names the GPCI year it uses", async ({
    page,
  }) => {
    await page.goto(
      "/calculator?items=99213*2,99214*1&setting=non-facility&locality=13202-01&release=RVU25D",
    );
    await waitForCalculator(page);
    const release = page.getByRole("combobox", { name: "Fee schedule release" });
    await release.selectOption("RVU23D");
    await expect(page).toHaveURL(/release=RVU23D/);
    // PPRRVU23_OCT.csv: (2.68 × 33.8872 → $90.82) × 2 + (3.79 × 33.8872 → $128.43) = $310.07.
    await expect(totals(page)).toContainText("$310.07");
    await expect(release).toHaveAccessibleDescription(/2024 GPCIs, the nearest year available/);
    const comparison = page.getByRole("table", { name: /The same list in each release/ });
    await expect(comparison.getByRole("row", { name: /RVU25D/ })).toContainText("$303.08");
    await expect(comparison.getByRole("row", { name: /RVU24B/ })).toContainText("$309.90");
  });

  test("defaults to RVU26C, totals both 2026 conversion factors and keeps lab rates apart", async ({
    page,
  }) => {
    // RVU26C: 99213 2.85 × 33.4009 → $95.19, × 33.5675 → $95.67. CLFS 2026 Q2: 80053 $10.56 × 2 = $21.12.
    await page.goto("/calculator?items=99213*1,80053*2&setting=non-facility");
    await waitForCalculator(page);
    await expect(page.getByRole("combobox", { name: "Fee schedule release" })).toHaveValue(
      "RVU26C",
    );
    const region = totals(page);
    await expect(region).toContainText(/not a qualifying APM participant\)\s*\$95\.19/);
    await expect(region).toContainText(/\(qualifying APM participant\)\s*\$95\.67/);
    await expect(region).toContainText("Lab tests, Clinical Laboratory Fee Schedule: $21.12");
    await expect(listTable(page).getByRole("row", { name: /80053/ })).toContainText("$21.12");
  });

  test("announces totals politely and labels every control", async ({ page }) => {
    await page.goto(VISITS_URL);
    await expect(totals(page)).toHaveAttribute("aria-live", "polite");
    await expect(page.getByRole("spinbutton", { name: "Units for 99213" })).toHaveValue("2");
    await expect(page.getByRole("button", { name: "Remove 99213" })).toBeVisible();
    await expect(
      page.getByRole("region", { name: /Codes in the list.*scrollable table/ }),
    ).toHaveAttribute("tabindex", "0");
  });

  test("a shared link reads without JavaScript, figures included", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(VISITS_URL);
    const table = listTable(page);
    await expect(table.getByRole("row", { name: /99213/ })).toContainText("$177.90");
    await expect(table.getByRole("row", { name: /99213/ })).toContainText("$202.12");
    await expect(table.getByRole("row", { name: /D3351/ })).toContainText(
      "Dental procedure: not priced by Medicare",
    );
    await expect(totals(page)).toContainText("$303.08");
    await expect(
      page.getByRole("heading", { name: "How the figures are worked out" }),
    ).toBeVisible();
    await context.close();
  });

  test("fits a 375px screen and prints the table without the controls", async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    await page.goto(VISITS_URL);
    const scroller = page.getByRole("region", { name: /Codes in the list.*scrollable table/ });
    await expect(scroller).toBeVisible();
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(pageWidth).toBeLessThanOrEqual(375);
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("heading", { name: "Build the list" })).toBeHidden();
    await expect(page.getByRole("button", { name: "Export CSV" })).toBeHidden();
    await expect(listTable(page)).toBeVisible();
    await context.close();
  });
});

test.describe("GET /api/fee-schedule/[code]", () => {
  test("answers one code in every release with cache headers", async ({ request }) => {
    const response = await request.get("/api/fee-schedule/71046");
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toContain("max-age=");
    const body = await response.json();
    expect(body.code).toBe("71046");
    expect(body.page.path).toBe("/codes/71046");
    expect(body.releases.map((release: { releaseId: string }) => release.releaseId)).toEqual([
      "RVU23D",
      "RVU24B",
      "RVU25D",
      "RVU26C",
    ]);
    expect(body.releases[2].rows.map((row: { modifier: string }) => row.modifier)).toEqual([
      "",
      "26",
      "TC",
    ]);
    expect(body.releases[2].rows[0]).not.toHaveProperty("description");
  });

  test("answers 400 for text that is not a code and 404 for an unknown code, as JSON", async ({
    request,
  }) => {
    const bad = await request.get("/api/fee-schedule/hello");
    expect(bad.status()).toBe(400);
    expect(await bad.json()).toEqual({
      error: '"hello" is not a CPT, HCPCS Level II or CDT code.',
    });
    const unknown = await request.get("/api/fee-schedule/99999");
    expect(unknown.status()).toBe(404);
    expect((await unknown.json()).error).toContain("99999");
  });
});
