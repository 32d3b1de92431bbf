/**
 * The cache policy (lib/cache-policy.ts) and the places that must follow it: Next.js's own header for
 * pages, the literal `revalidate` of app/layout.tsx, next.config's expireTime, and every route file.
 */
import fs from "node:fs";
import path from "node:path";

import { getCacheControlHeader } from "next/dist/server/lib/cache-control";
import { describe, expect, it } from "vitest";

import {
  CACHE_POLICY,
  cacheControlHeader,
  PAGE_EXPIRE_SECONDS,
  PAGE_REVALIDATE_SECONDS,
} from "@/lib/cache-policy";
import nextConfig from "@/next.config";

const ROOT = path.resolve(import.meta.dirname, "../..");
const DAY = 86_400;

function routeFiles(dir: string): string[] {
  return fs
    .readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)));
}

const source = (file: string) => fs.readFileSync(path.join(ROOT, file), "utf8");

describe("cacheControlHeader", () => {
  it("writes each rule of the policy as a Cache-Control header", () => {
    const headers = Object.fromEntries(
      Object.entries(CACHE_POLICY).map(([name, rule]) => [name, cacheControlHeader(rule)]),
    );
    expect(headers).toMatchInlineSnapshot(`
      {
        "apiError": "public, max-age=300, s-maxage=300",
        "feeScheduleApi": "public, max-age=3600, s-maxage=86400, stale-while-revalidate=604800",
        "feed": "public, max-age=3600, s-maxage=3600, stale-while-revalidate=86400",
        "gpciApi": "public, max-age=86400, s-maxage=86400, stale-while-revalidate=604800",
        "islandScript": "public, max-age=31536000, immutable",
        "nextStaticAsset": "public, max-age=31536000, immutable",
        "page": "s-maxage=3600, stale-while-revalidate=82800",
        "previewImage": "public, max-age=86400, s-maxage=86400, stale-while-revalidate=604800",
        "revalidateApi": "no-store",
        "robots": "public, max-age=86400, s-maxage=86400, stale-while-revalidate=604800",
        "searchApi": "public, max-age=60, s-maxage=3600, stale-while-revalidate=82800",
        "serviceWorker": "public, max-age=0, s-maxage=0",
        "sitemap": "public, max-age=3600, s-maxage=86400, stale-while-revalidate=86400",
        "suggestionsApi": "public, max-age=300, s-maxage=3600, stale-while-revalidate=82800",
      }
    `);
  });

  it("writes for pages exactly the header Next.js derives from revalidate and expireTime", () => {
    expect(cacheControlHeader(CACHE_POLICY.page)).toBe(
      getCacheControlHeader({ revalidate: PAGE_REVALIDATE_SECONDS, expire: PAGE_EXPIRE_SECONDS }),
    );
  });
});

describe("CACHE_POLICY", () => {
  it("lets a shared cache keep a page at most a day, stale copies included", () => {
    expect(PAGE_EXPIRE_SECONDS).toBeLessThanOrEqual(DAY);
    expect(CACHE_POLICY.page.staleWhileRevalidate).toBeGreaterThan(0);
  });

  it("is what Next.js is configured with: expireTime in next.config and revalidate in app/layout.tsx", () => {
    expect(nextConfig("phase-production-server").expireTime).toBe(PAGE_EXPIRE_SECONDS);
    const layout = /export const revalidate = (\d+);/.exec(source("app/layout.tsx"));
    expect(Number(layout?.[1])).toBe(PAGE_REVALIDATE_SECONDS);
  });

  it("gives every Pages Router page with getStaticProps the pages' revalidate, itself or through staticPageProps", () => {
    const pages = routeFiles("pages").filter((file) =>
      source(file).includes("export const getStaticProps"),
    );
    expect(pages.length).toBeGreaterThan(0);
    for (const file of pages)
      expect(source(file), file).toMatch(/revalidate: PAGE_REVALIDATE_SECONDS|staticPageProps\(/);
    expect(source("components/layout/static-page.tsx")).toContain(
      "revalidate: PAGE_REVALIDATE_SECONDS",
    );
  });

  it("is the only place lifetimes are written: no route file writes a Cache-Control value", () => {
    for (const file of [...routeFiles("app"), ...routeFiles("pages"), "next.config.ts"])
      expect(source(file), file).not.toMatch(
        /(public|private), max-age|s-maxage=|immutable|no-store/,
      );
  });

  it("names the lifetime of every route handler and preview image", () => {
    const handlers = routeFiles("app").filter((file) =>
      /(route\.ts|opengraph-image\.tsx)$/.test(file),
    );
    for (const file of handlers) {
      // A handler may take its whole answer from a lib function (`answerSearchRequest` in
      // lib/search/search-api.ts, which the production server's fast path also calls): that module names it.
      const answerModule = /import \{[^}]*\banswer\w+Request\b[^}]*\} from "@\/([\w/-]+)"/.exec(
        source(file),
      )?.[1];
      const named = answerModule ? source(`${answerModule}.ts`) : source(file);
      expect(named, file).toMatch(/cacheHeaders\("\w+"\)|OG_IMAGE_RESPONSE_OPTIONS/);
    }
  });
});
