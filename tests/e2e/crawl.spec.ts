/**
 * Crawls the production build from "/" through every internal link: nothing broken, every code page in
 * the sitemap reachable by links, the sitemap listing exactly the indexable pages, every page valid HTML,
 * titles and descriptions unique.
 *
 * Every code a reader can look up has a page (about 21,000). The crawl follows every link to learn which
 * pages are reachable, but fetches and validates only the curated code pages, a fixed sample of reference
 * and deleted pages of every system and status, and one in SAMPLE_EVERY of the rest: the same builders
 * make all of them, and validating each would take most of an hour.
 */
import fs from "node:fs";
import path from "node:path";

import { expect, test } from "@playwright/test";
import { FileSystemConfigLoader, HtmlValidate } from "html-validate";

const SAMPLE_EVERY = 97;
/**
 * Reference pages of each kind: CPT surgery, imaging with 26/TC, lab, anesthesia, a drug, DME, CDT, a
 * temporary code, a HCPCS code gone from the fee schedule, a deleted Category III and a deleted vaccine
 * administration code.
 */
const REFERENCE_SAMPLE = [
  "33533",
  "71250",
  "80050",
  "00100",
  "J9999",
  "E0260",
  "D0160",
  "Q4100",
  "G2066",
  "0042T",
  "0001A",
];
const CURATED = new Set(
  fs.readdirSync(path.join("content", "codes")).map((file) => file.replace(/\.md$/, "")),
);

/** Whether the crawl fetches a code page it found, or only notes that it is reachable. */
function fetchesCodePage(pathname: string): boolean {
  const code = /^\/codes\/([0-9A-Z]{5})$/.exec(pathname)?.[1];
  if (!code) return true;
  if (CURATED.has(code) || REFERENCE_SAMPLE.includes(code)) return true;
  let hash = 0;
  for (const character of code) hash = (hash * 31 + character.charCodeAt(0)) % 1_000_003;
  return hash % SAMPLE_EVERY === 0;
}

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
        if (fetchesCodePage(link)) queue.push(link);
      }
    }
  }

  const index = await (await request.get("/sitemap.xml")).text();
  const sitemapPaths: string[] = [];
  for (const part of [...index.matchAll(/<loc>([^<]+)<\/loc>/g)]) {
    const sitemap = await (await request.get(new URL(part[1]!).pathname)).text();
    sitemapPaths.push(
      ...[...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname),
    );
  }
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
  ).toBeGreaterThan(20_000);
  expect(problems).toEqual([]);
});
