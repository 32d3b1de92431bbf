import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

import { describeViolations } from "../helpers/axe";

const PAGES = [
  ["home", "/"],
  ["code", "/codes/D3351"],
  ["code with components", "/codes/71046"],
  ["CPT reference", "/codes/33533"],
  ["HCPCS reference", "/codes/E0260"],
  ["deleted code", "/codes/0001A"],
  ["modifier", "/modifiers/26"],
  ["modifier list", "/modifiers"],
  ["category", "/codes/cdt/endodontics"],
  ["system", "/codes/cpt"],
  ["specialty", "/specialties/endodontics"],
  ["search", "/search?q=root+canal"],
  ["calculator", "/calculator"],
  ["support", "/support"],
  ["unknown code 404", "/codes/D3315"],
  ["404", "/no-such-page"],
] as const;

for (const scheme of ["light", "dark"] as const) {
  test.describe(`accessibility (${scheme})`, () => {
    test.use({ colorScheme: scheme });
    for (const [name, path] of PAGES) {
      test(`${name} page has no axe violations`, async ({ page }) => {
        await page.goto(path);
        // Every rule axe has, best practices included (no tag filter).
        const results = await new AxeBuilder({ page }).analyze();
        expect(describeViolations(results)).toEqual([]);
      });
    }
  });
}

test("a keyboard-only reader can skip to content, reach search and open a code", async ({
  page,
}) => {
  await page.goto("/codes/cdt/endodontics");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
  const firstCode = page.getByRole("main").getByRole("link", { name: "D3110" });
  await firstCode.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/codes\/D3110$/);
});

test("the mobile menu opens and closes without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 375, height: 740 },
  });
  const page = await context.newPage();
  await page.goto("/codes/D3351");
  const menu = page.locator("details[data-mobile-menu]");
  await expect(menu.getByRole("navigation", { name: "Main menu" })).toBeHidden();
  await menu.locator("summary").click();
  await expect(
    menu.getByRole("navigation", { name: "Main menu" }).getByRole("link", { name: "Specialties" }),
  ).toBeVisible();
  await menu.getByRole("link", { name: "Specialties" }).click();
  await expect(page).toHaveURL(/\/specialties$/);
  await context.close();
});
