/**
 * How long browsers and shared caches (a CDN, the nginx of deploy/nginx/codeatlas.conf) may keep each
 * kind of response: the site's whole cache policy, in one table. next.config.ts, the Pages Router's
 * getStaticProps, the route handlers and the preview images read it; docs/deploy.md explains it to
 * operators; tests/unit/cache-policy.test.ts pins the one value Next.js requires to be written as a literal
 * (`revalidate` in app/layout.tsx) to this table.
 *
 * The figures are lifetimes in seconds. A correction published with the revalidation endpoint
 * (pages/api/revalidate.ts) is live on the server at once; `shared` is how long a cache in front of it may
 * keep answering with the old copy before it asks again.
 */

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const YEAR = 365 * DAY;

export type CacheRule =
  /** Never stored anywhere: answers that depend on who asks or that change the server's state. */
  | { readonly kind: "no-store" }
  /** Never changes under its URL (the file name holds a hash of the content): kept for a year. */
  | { readonly kind: "immutable" }
  | {
      readonly kind: "shared";
      /**
       * Seconds a browser may reuse the response without asking (`max-age`). Undefined for HTML pages:
       * Next.js writes their header itself and gives browsers no lifetime, so a browser asks every time
       * and, with the page's ETag, gets a 304 when nothing changed.
       */
      readonly browser?: number;
      /** Seconds a shared cache may answer with it without asking the server (`s-maxage`). */
      readonly shared: number;
      /**
       * Seconds after `shared` during which a shared cache may still answer with the stale copy while it
       * fetches a fresh one in the background (`stale-while-revalidate`); after that it must wait.
       */
      readonly staleWhileRevalidate: number;
    };

export const CACHE_POLICY = {
  /**
   * Every prerendered HTML page, both routers. An hour before a CDN asks again, so a corrected figure or
   * sentence reaches readers within the hour without a purge; up to a day of serving the old copy while it
   * fetches the new one, so a slow or restarting server never shows readers an error or a wait. Next.js
   * writes this header itself, from `revalidate` (getStaticProps, app/layout.tsx) and `expireTime`
   * (next.config.ts, shared + staleWhileRevalidate); it cannot be set with next.config `headers()`.
   */
  page: { kind: "shared", shared: HOUR, staleWhileRevalidate: DAY - HOUR },
  /**
   * `/_next/static/*`: JavaScript and CSS named by content hash. Next.js sends this header itself and does
   * not let it be changed; listed so the tests and docs/deploy.md cover every response.
   */
  nextStaticAsset: { kind: "immutable" },
  /** `/islands/*.js`: the code pages' scripts, named by content hash (scripts/build-islands.mjs). */
  islandScript: { kind: "immutable" },
  /**
   * Link-preview images (`/codes/<code>/opengraph-image`…). They show a code, its name and category,
   * which change only with a correction; social networks keep their own copy for days anyway. A day
   * everywhere, and a week of stale copies while a cache refetches: a preview image is never urgent.
   */
  previewImage: { kind: "shared", browser: DAY, shared: DAY, staleWhileRevalidate: 7 * DAY },
  /**
   * `/sitemap.xml` and `/sitemaps/<n>.xml`. They change when a deploy adds codes or review dates; search
   * engines fetch them a few times a day at most.
   */
  sitemap: { kind: "shared", browser: HOUR, shared: DAY, staleWhileRevalidate: DAY },
  /** `/blog/rss.xml`, `/blog/atom.xml`: a new post should reach feed readers, which poll hourly, soon. */
  feed: { kind: "shared", browser: HOUR, shared: HOUR, staleWhileRevalidate: DAY },
  /** `/robots.txt`: changes only when the site's sections do, with a deploy. */
  robots: { kind: "shared", browser: DAY, shared: DAY, staleWhileRevalidate: 7 * DAY },
  /**
   * `/api/search`. Results show code names, so a corrected name should reach them as soon as it reaches
   * the page: the page's shared lifetime. Browsers keep an answer a minute, for typing back and forth.
   */
  searchApi: { kind: "shared", browser: MINUTE, shared: HOUR, staleWhileRevalidate: DAY - HOUR },
  /** `/api/code-suggestions`: the 404 page's "did you mean" list; changes only with the code set. */
  suggestionsApi: {
    kind: "shared",
    browser: 5 * MINUTE,
    shared: HOUR,
    staleWhileRevalidate: DAY - HOUR,
  },
  /**
   * `/api/fee-schedule/<code>`, the calculator's data: CMS figures, which change only with an imported
   * release and a rebuild, and the code's name, whose correction can wait a day in the calculator. A day
   * for shared caches, a week of stale copies while they refetch.
   */
  feeScheduleApi: { kind: "shared", browser: HOUR, shared: DAY, staleWhileRevalidate: 7 * DAY },
  /** `/api/gpci/<year>`: one year's locality indices, fixed once imported. */
  gpciApi: { kind: "shared", browser: DAY, shared: DAY, staleWhileRevalidate: 7 * DAY },
  /**
   * `/log-sw.js`, the wRVU log's service worker (docs/wrvu-log.md): always revalidated, so a deploy's
   * new worker reaches readers on their next visit (browsers cap a worker's HTTP caching at a day anyway).
   */
  serviceWorker: { kind: "shared", browser: 0, shared: 0, staleWhileRevalidate: 0 },
  /** An API error (400, 404): short, so a fixed link or a new code stops failing soon. */
  apiError: { kind: "shared", browser: 5 * MINUTE, shared: 5 * MINUTE, staleWhileRevalidate: 0 },
  /** `/api/revalidate`: changes the server's state and answers one operator; never stored. */
  revalidateApi: { kind: "no-store" },
} as const satisfies Record<string, CacheRule>;

export type CacheRuleName = keyof typeof CACHE_POLICY;

/**
 * The Cache-Control header of a rule. For `page` it is exactly what Next.js sends for a page with
 * `revalidate: shared` under `expireTime: shared + staleWhileRevalidate` (its getCacheControlHeader),
 * which the browser tests compare with the real header.
 */
export function cacheControlHeader(rule: CacheRule): string {
  if (rule.kind === "no-store") return "no-store";
  if (rule.kind === "immutable") return `public, max-age=${YEAR}, immutable`;
  const parts = rule.browser === undefined ? [] : ["public", `max-age=${rule.browser}`];
  parts.push(`s-maxage=${rule.shared}`);
  if (rule.staleWhileRevalidate > 0)
    parts.push(`stale-while-revalidate=${rule.staleWhileRevalidate}`);
  return parts.join(", ");
}

/** `{ "Cache-Control": … }` for a route handler's Response or an ImageResponse. */
export function cacheHeaders(name: CacheRuleName): { "Cache-Control": string } {
  return { "Cache-Control": cacheControlHeader(CACHE_POLICY[name]) };
}

/** Seconds before Next.js regenerates a prerendered page in the background: `revalidate`. */
export const PAGE_REVALIDATE_SECONDS = CACHE_POLICY.page.shared;

/** Seconds after which Next.js, and caches, must stop serving a stale page: next.config `expireTime`. */
export const PAGE_EXPIRE_SECONDS =
  CACHE_POLICY.page.shared + CACHE_POLICY.page.staleWhileRevalidate;
