import { expect, test } from "@playwright/test";

test.describe("search", () => {
  test("the search page works without JavaScript and names what matched", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/");
    await page.getByRole("main").getByRole("searchbox").fill("apexificaton");
    await page.getByRole("main").getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/search\?q=apexificaton/);
    const first = page
      .getByRole("region", { name: /results for/ })
      .getByRole("listitem")
      .first();
    await expect(first).toContainText("D3351");
    await expect(first).toContainText("CDT");
    await expect(first).toContainText("apexificaton");
    await context.close();
  });

  test("the header box suggests codes as you type and follows the combobox keyboard pattern", async ({
    page,
  }) => {
    await page.goto("/career");
    const box = page.getByRole("combobox", { name: "Search codes" });
    // The "/" shortcut exists once the page has hydrated; keep pressing until it has.
    await expect(async () => {
      await page.keyboard.press("/");
      await expect(box).toBeFocused({ timeout: 500 });
    }).toPass();
    await box.pressSequentially("colonscopy");
    const listbox = page.getByRole("listbox", { name: "Search suggestions" });
    await expect(listbox.getByRole("option").first()).toContainText("45378");
    await expect(box).toHaveAttribute("aria-expanded", "true");
    await box.press("ArrowDown");
    await expect(listbox.getByRole("option").first()).toHaveAttribute("aria-selected", "true");
    await box.press("Escape");
    await expect(box).toHaveAttribute("aria-expanded", "false");
    await box.press("ArrowDown");
    await box.press("Enter");
    await expect(page).toHaveURL(/\/codes\/45378$/);
  });

  test("the search endpoint answers odd input without a server error", async ({ request }) => {
    for (const q of [
      "",
      "%",
      "' OR 1=1 --",
      "<img src=x onerror=alert(1)>",
      "\u0000",
      "💥".repeat(40),
      "D3351",
    ]) {
      const response = await request.get(`/api/search?q=${encodeURIComponent(q)}`);
      expect(response.status(), q).toBe(200);
      expect(Array.isArray((await response.json()).results)).toBe(true);
    }
    expect((await request.get(`/api/search?q=${"x".repeat(300)}`)).status()).toBe(400);
  });

  test("the search page escapes what was typed", async ({ page }) => {
    await page.goto(`/search?q=${encodeURIComponent("<script>window.__pwned=1</script>")}`);
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
    await expect(page.getByRole("main")).toContainText("<script>window.__pwned=1</script>");
  });
});
