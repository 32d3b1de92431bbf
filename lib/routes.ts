/**
 * Which router owns which route: the contract between the App Router (`app/`) and the Pages Router
 * (`pages/`), written once. Code and code-system pages are Pages Router pages without a framework runtime
 * (README, "Why code pages use the Pages Router"; docs/decisions/0001-code-pages-on-the-pages-router.md);
 * everything else is the App Router's. Links (`SiteLink`), canonical redirects (`proxy.ts`) and the
 * sitemap read this table, and `tests/unit/routes.test.ts` fails when a file route in `app/` or `pages/`
 * has no entry here, or an entry no file route.
 *
 * An address no route matches is answered by the App Router's not-found page (`app/not-found.tsx`),
 * except an unknown code under `/codes/`: the fallback rewrite in `next.config.ts` sends it to
 * `/code-not-found/[slug]`, a 404 with the near codes in its HTML.
 */

export type RouterName = "app" | "pages";

export interface RouteEntry {
  /** The route as its file path writes it: "/codes/[slug]"; a `[name]` is one path segment. */
  readonly pattern: string;
  readonly router: RouterName;
  /** "page": an HTML page; "file": anything else (JSON, a feed, an image, robots.txt, a sitemap). */
  readonly kind: "page" | "file";
  /** Whether the page loads the framework runtime in the browser; code pages do not (docs/islands.md). */
  readonly runtime: boolean;
  /** Whether the page belongs in search indexes, and so in /sitemap.xml. */
  readonly indexable: boolean;
  /** Other addresses `proxy.ts` answers with a 301 to this route, e.g. "/cpt/[slug]". */
  readonly aliases: readonly string[];
}

function appPage<const P extends string, const I extends boolean>(
  pattern: P,
  { indexable }: { indexable: I },
) {
  return { pattern, router: "app", kind: "page", runtime: true, indexable, aliases: [] } as const;
}

function fileRoute<const R extends RouterName, const P extends string>(router: R, pattern: P) {
  return { pattern, router, kind: "file", runtime: false, indexable: false, aliases: [] } as const;
}

function appFile<const P extends string>(pattern: P) {
  return fileRoute("app", pattern);
}

function pagesPage<const P extends string, const I extends boolean>(
  pattern: P,
  options: { indexable: I; runtime: boolean; aliases?: readonly string[] },
) {
  const { indexable, runtime, aliases = [] } = options;
  return { pattern, router: "pages", kind: "page", runtime, indexable, aliases } as const;
}

/** Every route of the site; the sitemap lists the indexable ones in this order. */
export const ROUTES = [
  pagesPage("/", { indexable: true, runtime: false }),
  pagesPage("/search", { indexable: false, runtime: false }),
  appPage("/codes", { indexable: true }),
  pagesPage("/codes/[slug]", {
    indexable: true,
    runtime: false,
    aliases: ["/cpt/[slug]", "/cdt/[slug]", "/hcpcs/[slug]"],
  }),
  pagesPage("/codes/[slug]/[category]", { indexable: true, runtime: false }),
  pagesPage("/codes/[slug]/[category]/page/[page]", { indexable: true, runtime: false }),
  appFile("/codes/[slug]/opengraph-image"),
  pagesPage("/modifiers", { indexable: true, runtime: false }),
  pagesPage("/modifiers/[modifier]", { indexable: true, runtime: false }),
  appFile("/modifiers/[modifier]/opengraph-image"),
  pagesPage("/specialties", { indexable: true, runtime: false }),
  pagesPage("/specialties/[slug]", { indexable: true, runtime: false }),
  pagesPage("/specialties/[slug]/page/[page]", { indexable: true, runtime: false }),
  appPage("/career", { indexable: true }),
  appPage("/career/[stage]", { indexable: true }),
  appPage("/resources", { indexable: true }),
  pagesPage("/resources/glossary", { indexable: true, runtime: false }),
  pagesPage("/resources/glossary/[slug]", { indexable: true, runtime: false }),
  pagesPage("/blog", { indexable: true, runtime: false }),
  appPage("/blog/[slug]", { indexable: true }),
  pagesPage("/blog/page/[page]", { indexable: true, runtime: false }),
  pagesPage("/blog/tags/[tag]", { indexable: true, runtime: false }),
  appFile("/blog/[slug]/opengraph-image"),
  appFile("/blog/rss.xml"),
  appFile("/blog/atom.xml"),
  pagesPage("/calculator", { indexable: false, runtime: false }),
  // One address whatever the reader has logged (the log lives in their browser): worth indexing.
  pagesPage("/log", { indexable: true, runtime: false }),
  appPage("/support", { indexable: true }),
  appPage("/support/report", { indexable: false }),
  appFile("/api/search"),
  appFile("/api/code-suggestions"),
  appFile("/api/fee-schedule/[code]"),
  appFile("/api/gpci/[year]"),
  // A Pages Router API route: res.revalidate regenerates the code pages (pages/api/revalidate.ts).
  fileRoute("pages", "/api/revalidate"),
  appFile("/robots.txt"),
  appFile("/sitemap.xml"),
  appFile("/sitemaps/[chunk]"),
  appPage("/_not-found", { indexable: false }),
  pagesPage("/404", { indexable: false, runtime: true }),
  // What /codes/<unknown> shows, through next.config.ts's fallback rewrite; always a 404, never linked.
  pagesPage("/code-not-found/[slug]", { indexable: false, runtime: false }),
] as const satisfies readonly RouteEntry[];

export type RoutePattern = (typeof ROUTES)[number]["pattern"];
/** The patterns of the pages /sitemap.xml lists. */
export type IndexablePattern = Extract<(typeof ROUTES)[number], { indexable: true }>["pattern"];

/** The indexable routes, in table order. */
export const INDEXABLE_ROUTES = ROUTES.filter(
  (route): route is Extract<(typeof ROUTES)[number], { indexable: true }> => route.indexable,
);

type Params = Record<string, string>;

/** A pattern's segments: a static name, or the name of the parameter a `[name]` segment binds. */
type Segment = { static: string } | { param: string };

function parsePattern(pattern: string): Segment[] {
  return pattern
    .split("/")
    .filter(Boolean)
    .map((segment) => {
      const param = /^\[([\w-]+)\]$/.exec(segment)?.[1];
      return param ? { param } : { static: segment };
    });
}

/** The path segments of a site-relative href ("/codes/D3351?x#y" → ["codes", "D3351"]), else undefined. */
function pathSegments(href: string): string[] | undefined {
  if (!href.startsWith("/") || href.startsWith("//")) return undefined;
  const pathname = href.replace(/[?#][\s\S]*$/, "").replace(/\/+$/, "");
  return pathname === "" ? [] : pathname.slice(1).split("/");
}

function matchSegments(
  pattern: readonly Segment[],
  segments: readonly string[],
  ignoreCase: boolean,
): Params | undefined {
  if (pattern.length !== segments.length) return undefined;
  const params: Params = {};
  for (const [index, part] of pattern.entries()) {
    const segment = segments[index]!;
    if ("param" in part) {
      if (segment === "") return undefined;
      params[part.param] = segment;
    } else if (
      ignoreCase ? part.static.toLowerCase() !== segment.toLowerCase() : part.static !== segment
    )
      return undefined;
  }
  return params;
}

const COMPILED = ROUTES.map((route) => ({
  route: route as RouteEntry,
  segments: parsePattern(route.pattern),
  aliases: route.aliases.map(parsePattern),
}));

/** Compares two matching patterns as Next.js does: at the first segment where they differ, a static one wins. */
function moreSpecific(a: readonly Segment[], b: readonly Segment[]): boolean {
  for (const [index, segment] of a.entries()) {
    const other = b[index]!;
    if ("static" in segment !== "static" in other) return "static" in segment;
  }
  return false;
}

/**
 * The route that answers a site path ("/codes/D3351", "/blog?page=2#top"), or undefined when none does (an
 * address on another site, or one the App Router's not-found page answers). A trailing slash is ignored:
 * proxy.ts redirects it away.
 */
export function findRoute(href: string): RouteEntry | undefined {
  const segments = pathSegments(href);
  if (!segments) return undefined;
  let best: (typeof COMPILED)[number] | undefined;
  for (const candidate of COMPILED) {
    if (!matchSegments(candidate.segments, segments, false)) continue;
    if (!best || moreSpecific(candidate.segments, best.segments)) best = candidate;
  }
  return best?.route;
}

/**
 * Whether a site path is a Pages Router page: every link to one, and every link on one, is a plain anchor
 * (components/layout/site-link.tsx says why).
 */
export function isPagesRouterPath(href: string): boolean {
  return findRoute(href)?.router === "pages";
}

/**
 * The parameters of `pattern` when `pathname` is that route's address or one of its aliases, with static
 * segments compared without regard to case ("/CPT/99213", "/Codes/d3351"): what proxy.ts redirects.
 */
export function matchRouteAddress(pattern: RoutePattern, pathname: string): Params | undefined {
  // Empty segments are skipped, so "//cpt/99213" is redirected too rather than left to a 404.
  const segments = pathname.split("/").filter(Boolean);
  const compiled = COMPILED.find((candidate) => candidate.route.pattern === pattern)!;
  for (const address of [compiled.segments, ...compiled.aliases]) {
    const params = matchSegments(address, segments, true);
    if (params) return params;
  }
  return undefined;
}
