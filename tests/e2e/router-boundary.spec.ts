/**
 * The two routers render one site: an App Router page and a Pages Router code page (lib/routes.ts) carry
 * the same document shell (lib/shell.ts) and the same landmarks, and so do the routers' 404 pages.
 */
import { expect, test, type Page } from "@playwright/test";

// Listings moved to the Pages Router (docs/islands.md); the career guides are still App Router pages.
const APP_ROUTER_PAGE = "/career";
const CODE_PAGE = "/codes/99213";

type Attributes = Record<string, string>;

/** The document-level tags of the loaded page, as attribute maps without the routers' data-* markers. */
async function documentShell(page: Page) {
  return page.evaluate(() => {
    const attributesOf = (element: Element): Attributes =>
      Object.fromEntries(
        [...element.attributes]
          .filter((attribute) => !attribute.name.startsWith("data-"))
          .map((attribute) => [attribute.name.toLowerCase(), attribute.value]),
      );
    const all = (selector: string) =>
      [...document.head.querySelectorAll(selector)]
        .map(attributesOf)
        .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    return {
      lang: document.documentElement.getAttribute("lang"),
      characterSet: document.characterSet,
      charset: all("meta[charset]"),
      viewport: all('meta[name="viewport"]'),
      themeColors: all('meta[name="theme-color"]'),
      icons: all('link[rel~="icon"]'),
    };
  });
}

/** Each landmark once, and the skip link first in tab order, pointing at the main landmark. */
async function expectLandmarks(page: Page) {
  for (const landmark of [
    page.getByRole("banner"),
    page.getByRole("navigation", { name: "Main", exact: true }),
    page.getByRole("search", { name: "Site search" }),
    page.getByRole("main"),
    page.getByRole("contentinfo"),
  ]) {
    await expect(landmark).toHaveCount(1);
    await expect(landmark).toBeVisible();
  }
  const skipLink = page.getByRole("link", { name: "Skip to content" });
  await expect(skipLink).toHaveAttribute("href", "#main");
  await expect(page.getByRole("main")).toHaveAttribute("id", "main");
  await page.keyboard.press("Tab");
  await expect(skipLink).toBeFocused();
}

async function loadShell(page: Page, path: string) {
  await page.goto(path);
  await expectLandmarks(page);
  return {
    shell: await documentShell(page),
    banner: await page.getByRole("banner").ariaSnapshot(),
    footer: await page.getByRole("contentinfo").ariaSnapshot(),
  };
}

test("an App Router page and a code page share the document shell and the landmarks", async ({
  page,
}) => {
  const app = await loadShell(page, APP_ROUTER_PAGE);
  const code = await loadShell(page, CODE_PAGE);

  expect(code.shell).toEqual(app.shell);
  expect(code.banner).toEqual(app.banner);
  expect(code.footer).toEqual(app.footer);

  // What the shell configuration says, so two equally wrong shells cannot pass.
  expect(app.shell).toEqual({
    lang: "en",
    characterSet: "UTF-8",
    charset: [{ charset: "utf-8" }],
    viewport: [{ name: "viewport", content: "width=device-width, initial-scale=1" }],
    themeColors: [
      { name: "theme-color", content: "#020617", media: "(prefers-color-scheme: dark)" },
      { name: "theme-color", content: "#ffffff", media: "(prefers-color-scheme: light)" },
    ],
    icons: [{ rel: "icon", href: "/icon.svg", sizes: "any", type: "image/svg+xml" }],
  });
  const icon = await page.request.get(app.shell.icons[0]!.href!);
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");
});

test("the routers' 404 pages share the shell, title, robots tag and description", async ({
  page,
}) => {
  async function load404(path: string) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expectLandmarks(page);
    return {
      shell: await documentShell(page),
      title: await page.title(),
      robots: await page.locator('meta[name="robots"]').getAttribute("content"),
      description: await page.locator('meta[name="description"]').getAttribute("content"),
      robotsTags: await page.locator('meta[name="robots"]').count(),
    };
  }
  // An address no route matches is the App Router's not-found page; /404 is the Pages Router's, and an
  // unknown code has a Pages Router 404 of its own, rendered per request (pages/code-not-found/[slug].tsx).
  const app = await load404("/no-such-page");
  const pages = await load404("/404");
  const unknownCode = await load404("/codes/D3315");
  expect(pages).toEqual(app);
  expect(unknownCode).toEqual(app);
  expect(app).toMatchObject({
    title: "Page not found | CodeAtlas",
    robots: "noindex",
    robotsTags: 1,
  });
});
