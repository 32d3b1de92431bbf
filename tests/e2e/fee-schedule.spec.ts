import { expect, test } from "@playwright/test";

test.describe("RVU information from the CMS fee schedule", () => {
  test("99213 shows its national payment worked out from RVU25D", async ({ page }) => {
    await page.goto("/codes/99213");
    const rvu = page.locator("section#rvu-information");
    const table = rvu.getByRole("table", { name: /^Medicare RVUs and national payment for 99213/ });
    await expect(table).toContainText("2.75");
    await expect(table).toContainText("1.97");
    await expect(table).toContainText("32.3465");
    await expect(table).toContainText("$88.95");
    await expect(table).toContainText("$63.72");
    await expect(rvu).toContainText("RVU25D");
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
