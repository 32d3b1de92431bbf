import { describe, expect, it } from "vitest";

import { chunkEntries, renderSitemapIndex, renderUrlSet, SITEMAP_URL_LIMIT } from "@/lib/sitemap";

describe("chunkEntries", () => {
  it("keeps a site within the protocol limit in one sitemap and splits a larger one", () => {
    const entries = Array.from({ length: SITEMAP_URL_LIMIT + 1 }, (_, index) => ({
      path: `/codes/X${index}`,
    }));
    expect(chunkEntries(entries.slice(0, SITEMAP_URL_LIMIT))).toHaveLength(1);
    const chunks = chunkEntries(entries);
    expect(chunks.map((chunk) => chunk.length)).toEqual([SITEMAP_URL_LIMIT, 1]);
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
