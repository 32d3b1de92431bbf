import { expect, test, type Page } from "@playwright/test";

/** Every JSON-LD object on the page, arrays flattened. */
async function readJsonLd(page: Page): Promise<Record<string, unknown>[]> {
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  return scripts.flatMap((text) =>
    [JSON.parse(text) as Record<string, unknown> | Record<string, unknown>[]].flat(),
  );
}

test.describe("glossary", () => {
  test("goes from the A–Z index to a term page and back", async ({ page }) => {
    await page.goto("/resources/glossary");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Glossary");
    await page
      .getByRole("navigation", { name: "Glossary letters" })
      .getByRole("link", { name: "W", exact: true })
      .click();
    await expect(page).toHaveURL(/\/resources\/glossary#letter-W$/);

    await page.getByRole("link", { name: "Work RVU (wRVU)", exact: true }).click();
    await expect(page).toHaveURL(/\/resources\/glossary\/wrvu$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Work RVU (wRVU)");
    await expect(
      page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("listitem"),
    ).toHaveText([/Home/, /Resources/, /Glossary/, /Work RVU \(wRVU\)/]);
    const term = (await readJsonLd(page)).find((data) => data["@type"] === "DefinedTerm");
    expect(term).toMatchObject({
      name: "Work RVU (wRVU)",
      termCode: "wrvu",
      inDefinedTermSet: { "@type": "DefinedTermSet" },
    });

    await page.goBack();
    await expect(page).toHaveURL(/\/resources\/glossary(#letter-W)?$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Glossary");

    await page.getByRole("link", { name: "Global period", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Global period");
    await page
      .getByRole("navigation", { name: "Breadcrumb" })
      .getByRole("link", { name: "Glossary" })
      .click();
    await expect(page).toHaveURL(/\/resources\/glossary$/);
  });

  test("a term page links its related terms and the codes it explains", async ({ page }) => {
    await page.goto("/resources/glossary/modifier-26");
    const related = page.getByRole("region", { name: "Related terms" });
    await related.getByRole("link", { name: "Modifier TC (technical component)" }).click();
    await expect(page).toHaveURL(/\/resources\/glossary\/modifier-tc$/);

    await page.goto("/resources/glossary/modifier-26");
    await page.getByRole("link", { name: "71046", exact: true }).click();
    await expect(page).toHaveURL(/\/codes\/71046$/);
  });

  test("the resources hub links the glossary, the guides and support", async ({ page }) => {
    await page.goto("/resources");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Resources");
    await expect(page.getByRole("link", { name: /Browse all \d+ terms A–Z/ })).toHaveAttribute(
      "href",
      "/resources/glossary",
    );
    await expect(page.getByRole("link", { name: "Report a problem" })).toHaveAttribute(
      "href",
      "/support/report",
    );
    await page.getByRole("link", { name: "RVUs, wRVUs and coding for residents" }).click();
    await expect(page).toHaveURL(/\/career\/residents$/);
  });
});

test.describe("career guides", () => {
  test("the hub lists one guide per career stage", async ({ page }) => {
    await page.goto("/career");
    await expect(page.getByRole("heading", { level: 2 })).toHaveCount(3);
    await page.getByRole("link", { name: "Billing codes and RVUs for medical students" }).click();
    await expect(page).toHaveURL(/\/career\/medical-students$/);
    await expect(
      page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("listitem"),
    ).toHaveText([/Home/, /Career stage/, /Medical students/]);
  });

  test("a guide shows figures equal to the RVU table on the linked code page", async ({ page }) => {
    await page.goto("/career/medical-students");
    const guideRow = page
      .getByRole("row")
      .filter({ has: page.getByRole("link", { name: "99213", exact: true }) });
    const [, , guideWork, guideTotal, guidePayment] = (
      await guideRow.getByRole("cell").allTextContents()
    ).map((text) => text.trim());
    const guideSources = await page
      .getByText(/^Figures come from the CMS Physician Fee Schedule/)
      .textContent();

    await guideRow.getByRole("link", { name: "99213", exact: true }).click();
    await expect(page).toHaveURL(/\/codes\/99213$/);
    const table = page.getByRole("table", { name: /Medicare RVUs and national payment for 99213/ });
    const caption = (await table.locator("caption").textContent()) ?? "";
    const globalRow = table
      .getByRole("row")
      .filter({ has: page.getByRole("rowheader", { name: "Global" }) });
    // Cells: work, PE non-facility, PE facility, MP, total non-facility, total facility, CF, payment non-facility, payment facility.
    const cells = (await globalRow.getByRole("cell").allTextContents()).map((text) => text.trim());

    expect(guideWork).toMatch(/^\d+\.\d{2}$/);
    expect([guideWork, guideTotal, guidePayment]).toEqual([cells[0], cells[4], cells[7]]);
    expect(guideSources).toContain(
      caption.replace(/^Medicare RVUs and national payment for 99213, /, ""),
    );
  });
});
