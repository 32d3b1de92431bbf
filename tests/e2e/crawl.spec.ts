/**
 * Crawls the production build from "/" through every internal link: nothing broken, every code page in
 * the sitemap reachable by links, the sitemap listing exactly the indexable pages, every page valid HTML,
 * titles and descriptions unique.
 */
import { expect, test } from "@playwright/test";
import { FileSystemConfigLoader, HtmlValidate } from "html-validate";

// Reads .htmlvalidate.json at the project root: the recommended rules minus pure style preferences that
// React's output does not follow (self-closing void elements, camelCase attribute names).
const htmlvalidate = new HtmlValidate(new FileSystemConfigLoader());

function internalLinks(html: string, base: string): string[] {
  const links: string[] = [];
  for (const match of html.matchAll(/<a\b[^>]*\bhref="([^"]+)"/g)) {
    const href = match[1]!.replace(/&amp;/g, "&");
    if (/^(mailto:|tel:|#)/.test(href)) continue;
    const url = new URL(href, base);
    if (url.origin !== new URL(base).origin) continue;
    links.push(url.pathname + url.search);
  }
  return links;
}

test("every page reachable from the home page resolves, validates and has a unique title", async ({
  request,
  baseURL,
}) => {
  test.setTimeout(600_000);
  const queue = ["/"];
  const seen = new Set(queue);
  const titles = new Map<string, string>();
  const indexable = new Set<string>();
  const descriptions = new Map<string, string>();
  const problems: string[] = [];

  while (queue.length > 0) {
    const path = queue.shift()!;
    const response = await request.get(path);
    if (response.status() !== 200) {
      problems.push(`${path}: HTTP ${response.status()}`);
      continue;
    }
    if (!(response.headers()["content-type"] ?? "").includes("text/html")) continue;
    const html = await response.text();
    const report = await htmlvalidate.validateString(html, "page.html");
    for (const message of report.results.flatMap((result) => result.messages)) {
      problems.push(
        `${path} (${message.line}:${message.column}): ${message.ruleId}: ${message.message}`,
      );
    }
    const noindex = /<meta name="robots" content="[^"]*noindex/.test(html);
    // Pages Router pages mark head tags with data-next-head, so the tag may carry attributes.
    const title = /<title[^>]*>([^<]*)<\/title>/.exec(html)?.[1] ?? "";
    if (!title.trim()) problems.push(`${path}: no <title>`);
    const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? "";
    if (!noindex && !path.includes("?")) {
      indexable.add(path);
      if (titles.has(title))
        problems.push(`${path}: title also used by ${titles.get(title)}: ${title}`);
      titles.set(title, path);
      if (descriptions.has(description))
        problems.push(`${path}: description also used by ${descriptions.get(description)}`);
      const length = [...description.replace(/&amp;/g, "&").replace(/&[a-z0-9#]+;/gi, "x")].length;
      if (length < 70 || length > 160)
        problems.push(`${path}: meta description is ${length} characters (70–160)`);
      descriptions.set(description, path);
    }
    for (const link of internalLinks(html, baseURL!)) {
      if (!seen.has(link) && !link.startsWith("/_next/")) {
        seen.add(link);
        queue.push(link);
      }
    }
  }

  const sitemap = await (await request.get("/sitemap.xml")).text();
  const sitemapPaths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    (match) => new URL(match[1]!).pathname,
  );
  for (const path of sitemapPaths) {
    if (!seen.has(path)) problems.push(`${path}: in the sitemap but not reachable by links from /`);
  }
  // The sitemap lists exactly the indexable pages: nothing missing, nothing extra.
  const inSitemap = new Set(sitemapPaths);
  for (const path of indexable) {
    if (!inSitemap.has(path)) problems.push(`${path}: indexable page missing from the sitemap`);
  }
  expect(
    sitemapPaths.filter(
      (path) => path.startsWith("/codes/") && path.split("/").length === 3 && /\d/.test(path),
    ).length,
  ).toBeGreaterThan(100);
  expect(problems).toEqual([]);
});
