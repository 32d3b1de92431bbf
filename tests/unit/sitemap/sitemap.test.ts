import { describe, expect, it } from "vitest";

import {
  chunkEntries,
  renderSitemapIndex,
  renderUrlSet,
  SITEMAP_CHUNK_SIZE,
  SITEMAP_URL_LIMIT,
} from "@/lib/sitemap";

describe("chunkEntries", () => {
  it("cuts the site into numbered sitemaps well under the protocol's limit, in order", () => {
    expect(SITEMAP_CHUNK_SIZE).toBeLessThan(SITEMAP_URL_LIMIT);
    const entries = Array.from({ length: 2 * SITEMAP_CHUNK_SIZE + 1 }, (_, index) => ({
      path: `/codes/X${index}`,
    }));
    const chunks = chunkEntries(entries);
    expect(chunks.map((chunk) => chunk.length)).toEqual([
      SITEMAP_CHUNK_SIZE,
      SITEMAP_CHUNK_SIZE,
      1,
    ]);
    expect(chunks[2]![0]!.path).toBe(`/codes/X${2 * SITEMAP_CHUNK_SIZE}`);
  });
});

describe("renderSitemapIndex", () => {
  it("lists one numbered sitemap per chunk", () => {
    process.env.SITE_URL = "https://codeatlas.example";
    expect(renderSitemapIndex(2)).toMatchInlineSnapshot(
      `"<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://codeatlas.example/sitemaps/0.xml</loc></sitemap><sitemap><loc>https://codeatlas.example/sitemaps/1.xml</loc></sitemap></sitemapindex>"`,
    );
    delete process.env.SITE_URL;
  });
});

describe("renderUrlSet", () => {
  it("writes lastmod when known and escapes the URL", () => {
    process.env.SITE_URL = "https://codeatlas.example";
    const xml = renderUrlSet([
      { path: "/codes/D3351", lastModified: "2026-11-26" },
      { path: "/search?q=a&b" },
    ]);
    expect(xml).toContain(
      "<url><loc>https://codeatlas.example/codes/D3351</loc><lastmod>2026-11-26</lastmod></url>",
    );
    expect(xml).toContain("<loc>https://codeatlas.example/search?q=a&amp;b</loc>");
    delete process.env.SITE_URL;
  });
});
