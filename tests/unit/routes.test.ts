/**
 * The route table (lib/routes.ts) against the files that really make routes: every file route in app/
 * and pages/ has exactly one entry, of the right router and kind, and every entry has its file.
 */
import fs from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import nextConfig from "@/next.config";
import { findRoute, isPagesRouterPath, matchRouteAddress, ROUTES } from "@/lib/routes";
import { ROBOTS_DISALLOW } from "@/lib/seo/robots";
import { getSitemapEntries } from "@/lib/sitemap";

const ROOT = path.resolve(import.meta.dirname, "../..");

interface FileRoute {
  file: string;
  pattern: string;
  router: "app" | "pages";
  kind: "page" | "file";
}

function walk(dir: string): string[] {
  return fs
    .readdirSync(path.join(ROOT, dir), { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory() ? walk(`${dir}/${entry.name}`) : [`${dir}/${entry.name}`],
    );
}

/** Files in app/ that shape pages without being a route of their own. */
const APP_NON_ROUTES = /^(layout|template|loading|error|default)\.tsx?$|\.css$/;

function appRoute(file: string): FileRoute | undefined {
  const segments = file.split("/").slice(1);
  const name = segments.pop()!;
  const dir = segments
    .filter((segment) => !/^\(.*\)$/.test(segment))
    .map((segment) => `/${segment}`)
    .join("");
  const at = (pattern: string, kind: FileRoute["kind"]) => ({
    file,
    pattern: pattern || "/",
    router: "app" as const,
    kind,
  });
  if (/^page\.tsx?$/.test(name)) return at(dir, "page");
  if (/^route\.ts$/.test(name)) return at(dir, "file");
  if (/^opengraph-image\.tsx$/.test(name)) return at(`${dir}/opengraph-image`, "file");
  if (dir === "" && name === "robots.ts") return at("/robots.txt", "file");
  if (dir === "" && name === "sitemap.ts") return at("/sitemap.xml", "file");
  if (/^(icon|apple-icon|favicon)\./.test(name))
    throw new Error(`${file}: the icon is public/icon.svg, named in lib/shell.ts for both routers`);
  if (dir === "" && name === "not-found.tsx") return at("/_not-found", "page");
  if (APP_NON_ROUTES.test(name)) return undefined;
  throw new Error(`${file}: unknown kind of file in app/; teach this test whether it is a route`);
}

function pagesRoute(file: string): FileRoute | undefined {
  const route = file.replace(/^pages/, "").replace(/\.tsx?$/, "");
  if (route === "/_app" || route === "/_document") return undefined;
  if (!/\.tsx?$/.test(file)) throw new Error(`${file}: unknown kind of file in pages/`);
  return {
    file,
    pattern: route.replace(/\/index$/, "") || "/",
    router: "pages",
    kind: route.startsWith("/api/") ? "file" : "page",
  };
}

const FILE_ROUTES: FileRoute[] = [
  ...walk("app").flatMap((file) => appRoute(file) ?? []),
  ...walk("pages").flatMap((file) => pagesRoute(file) ?? []),
];

const source = (file: string) => fs.readFileSync(path.join(ROOT, file), "utf8");

/** The file that defines a page's component: itself, or the page it re-exports its default from. */
function pageComponentFile(file: string): string {
  const from = /^export \{ default \} from "(\.[^"]+)";$/m.exec(source(file))?.[1];
  return from ? path.join(path.dirname(file), `${from}.tsx`) : file;
}

describe("ROUTES", () => {
  it("has exactly one entry for every file route in app/ and pages/, of the same router and kind", () => {
    for (const fileRoute of FILE_ROUTES) {
      const entries = ROUTES.filter((route) => route.pattern === fileRoute.pattern);
      expect(entries, fileRoute.file).toHaveLength(1);
      expect(entries[0], fileRoute.file).toMatchObject({
        router: fileRoute.router,
        kind: fileRoute.kind,
      });
    }
  });

  it("has no entry without a file route", () => {
    const patterns = new Set(FILE_ROUTES.map((route) => route.pattern));
    expect(
      ROUTES.map((route) => route.pattern).filter((pattern) => !patterns.has(pattern)),
    ).toEqual([]);
    expect(FILE_ROUTES.length).toBe(ROUTES.length);
  });

  it("says a page ships the framework runtime unless its file turns it off, and a file never does", () => {
    for (const fileRoute of FILE_ROUTES) {
      const runtimeOff = /unstable_runtimeJS:\s*false/.test(source(fileRoute.file));
      const route = ROUTES.find((entry) => entry.pattern === fileRoute.pattern);
      expect(route?.runtime, fileRoute.file).toBe(fileRoute.kind === "page" && !runtimeOff);
    }
  });

  it("draws every Pages Router page without a framework runtime as a StaticPage", () => {
    for (const fileRoute of FILE_ROUTES) {
      const route = ROUTES.find((entry) => entry.pattern === fileRoute.pattern);
      if (route?.router === "pages" && route.kind === "page" && !route.runtime)
        expect(source(pageComponentFile(fileRoute.file)), fileRoute.file).toMatch(
          /\.getLayout = staticPageLayout;|^export default staticListingPage\(/m,
        );
    }
  });

  it("keeps pages that ask for noindex, 404s and files out of the index", () => {
    for (const fileRoute of FILE_ROUTES) {
      const route = ROUTES.find((entry) => entry.pattern === fileRoute.pattern)!;
      if (/noindex: true/.test(source(fileRoute.file)) || fileRoute.kind === "file")
        expect(route.indexable, fileRoute.file).toBe(false);
    }
    for (const notFound of ["/_not-found", "/404", "/code-not-found/D3315"])
      expect(findRoute(notFound)?.indexable, notFound).toBe(false);
  });

  it("indexes the wRVU log, a page without a framework runtime at one address for every reader", () => {
    expect(findRoute("/log")).toMatchObject({ router: "pages", runtime: false, indexable: true });
  });

  it("gives aliases only to routes whose alias is no file route", () => {
    for (const route of ROUTES)
      for (const alias of route.aliases) expect(findRoute(alias), alias).toBeUndefined();
  });
});

describe("findRoute", () => {
  it.each([
    ["/", "/", "pages"],
    ["/codes", "/codes", "app"],
    ["/codes/D3351", "/codes/[slug]", "pages"],
    ["/codes/cdt", "/codes/[slug]", "pages"],
    ["/codes/D3351?from=search#faq", "/codes/[slug]", "pages"],
    ["/codes/D3351/", "/codes/[slug]", "pages"],
    ["/codes/cdt/endodontics", "/codes/[slug]/[category]", "pages"],
    [
      "/codes/cpt/evaluation-and-management/page/2",
      "/codes/[slug]/[category]/page/[page]",
      "pages",
    ],
    ["/codes/D3351/opengraph-image", "/codes/[slug]/opengraph-image", "app"],
    ["/blog/rss.xml", "/blog/rss.xml", "app"],
    ["/blog/work-rvus-explained-for-residents", "/blog/[slug]", "app"],
    ["/specialties/endodontics/page/2", "/specialties/[slug]/page/[page]", "pages"],
    ["/404", "/404", "pages"],
    ["/code-not-found/D3315", "/code-not-found/[slug]", "pages"],
    ["/log#add=99213*1", "/log", "pages"],
  ])("finds the route of %s", (href, pattern, router) => {
    expect(findRoute(href)).toMatchObject({ pattern, router });
  });

  it("prefers a static segment to a parameter, as Next.js does", () => {
    expect(findRoute("/blog/atom.xml")?.kind).toBe("file");
    expect(findRoute("/blog/atom")?.pattern).toBe("/blog/[slug]");
  });

  it("finds no route for other sites, empty segments or unknown addresses", () => {
    for (const href of [
      "https://example.com/codes/D3351",
      "//example.com/codes/D3351",
      "/codes//D3351",
      "/cpt/99213",
      "/no-such-page",
      "/codes/cdt/endodontics/page",
      "mailto:support@example.com",
    ])
      expect(findRoute(href), href).toBeUndefined();
  });
});

describe("isPagesRouterPath", () => {
  it("is true for the home, code, code-system, category, search, calculator and log pages, and false for App Router pages", () => {
    for (const href of [
      "/codes/99213",
      "/codes/hcpcs#categories",
      "/codes/cdt/endodontics",
      "/search?q=x",
      "/",
      "/calculator?add=D3351",
      "/log",
    ])
      expect(isPagesRouterPath(href), href).toBe(true);
    for (const href of ["/codes", "/codes/D3351/opengraph-image", "/career"])
      expect(isPagesRouterPath(href), href).toBe(false);
  });
});

describe("matchRouteAddress", () => {
  it("matches a route and its aliases without regard to the case of static segments", () => {
    expect(matchRouteAddress("/codes/[slug]", "/Codes/d3351")).toEqual({ slug: "d3351" });
    expect(matchRouteAddress("/codes/[slug]", "/HCPCS/j0585")).toEqual({ slug: "j0585" });
    expect(matchRouteAddress("/codes/[slug]", "/codes/cdt/endodontics")).toBeUndefined();
    expect(matchRouteAddress("/specialties/[slug]", "/cpt/99213")).toBeUndefined();
  });
});

describe("the sitemap and robots.txt against the route table", () => {
  it("lists only addresses of indexable routes, and an address for each of them", () => {
    const patterns = getSitemapEntries().map((entry) => findRoute(entry.path));
    expect(patterns.every((route) => route?.indexable)).toBe(true);
    const listed = new Set(patterns.map((route) => route!.pattern));
    const unlisted = ROUTES.filter((route) => route.indexable && !listed.has(route.pattern));
    // Later pages of a listing exist only once the listing outgrows its first page.
    expect(unlisted.filter((route) => !route.pattern.endsWith("/page/[page]"))).toEqual([]);
  });

  it("disallows crawling no indexable route", () => {
    for (const route of ROUTES.filter((entry) => entry.indexable))
      for (const prefix of ROBOTS_DISALLOW)
        expect(route.pattern.startsWith(prefix), `${route.pattern} ${prefix}`).toBe(false);
  });
});

describe("next.config.ts's fallback rewrites against the route table", () => {
  it("send an unknown code's address to a 404 route without a framework runtime, out of the index", async () => {
    const rewrites = await nextConfig("phase-test").rewrites?.();
    const fallback = (rewrites && !Array.isArray(rewrites) && rewrites.fallback) || [];
    expect(fallback.map(({ source }) => source)).toEqual(["/codes/:slug"]);
    for (const { destination } of fallback) {
      const route = findRoute(destination.replace(/:(\w+)/g, "D3315"));
      expect(route, destination).toMatchObject({
        router: "pages",
        runtime: false,
        indexable: false,
      });
    }
  });
});
