import { expect, test } from "@playwright/test";

test.describe("RVU information from the CMS fee schedule", () => {
  test("99213 shows its 2026 national payments at both conversion factors", async ({ page }) => {
    // PPRRVU2026_Jul_nonQPP.csv: 99213 totals 2.85 / 1.72; 2.85 × 33.4009 = $95.19, 1.72 × 33.4009 = $57.45;
    // at the qualifying APM factor 33.5675: $95.67 / $57.74.
    await page.goto("/codes/99213");
    const rvu = page.locator("section#rvu-information");
    const table = rvu.getByRole("table", { name: /^Medicare RVUs and national payment for 99213/ });
    await expect(table).toContainText("2.85");
    await expect(table).toContainText("1.72");
    await expect(table).toContainText("33.4009");
    await expect(table).toContainText("$95.19");
    await expect(table).toContainText("$57.45");
    await expect(rvu).toContainText("RVU26C");
    const apm = rvu.getByRole("table", {
      name: /qualifying APM participants \(\$33\.5675 per RVU\)/,
    });
    await expect(apm.getByRole("row", { name: /Global/ })).toContainText("$95.67");
    await expect(apm.getByRole("row", { name: /Global/ })).toContainText("$57.74");
  });

  test("a lab code shows its Clinical Laboratory Fee Schedule rate with the quarter", async ({
    page,
  }) => {
    // PUF_CLFS_CY2026_Q2V1.csv: 80053 $10.56 (also with QW).
    await page.goto("/codes/80053");
    const rvu = page.locator("section#rvu-information");
    const lab = rvu.getByRole("table", {
      name: /Clinical Laboratory Fee Schedule, 2026 Q2: 80053/,
    });
    await expect(lab.getByRole("row", { name: /^Test/ })).toContainText("$10.56");
    await expect(lab.getByRole("row", { name: /CLIA-waived/ })).toContainText("$10.56");
    await expect(rvu).toContainText(
      "Medicare pays 80053 from the Clinical Laboratory Fee Schedule, 2026 Q2",
    );
  });

  test("71046 lists the professional (26) and technical (TC) components", async ({ page }) => {
    await page.goto("/codes/71046");
    const table = page
      .locator("section#rvu-information")
      .getByRole("table", { name: /^Medicare RVUs and national payment for 71046/ });
    await expect(
      table.getByRole("rowheader", { name: /Professional component \(26\)/ }),
    ).toBeVisible();
    await expect(
      table.getByRole("rowheader", { name: /Technical component \(TC\)/ }),
    ).toBeVisible();
  });

  test("the locality select shows a locality-adjusted payment", async ({ page }) => {
    await page.goto("/codes/99213");
    const select = page.getByRole("combobox", { name: /locality/i });
    await select.selectOption({ index: 1 });
    await expect(page.locator("section#rvu-information")).toContainText(/\$\d+\.\d{2}/);
  });

  test("99417 names Medicare's alternative, G2212", async ({ page }) => {
    await page.goto("/codes/99417");
    const rvu = page.locator("section#rvu-information");
    await expect(rvu.getByRole("link", { name: "G2212" }).first()).toHaveAttribute(
      "href",
      "/codes/G2212",
    );
  });
});
