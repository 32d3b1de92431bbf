import type { NextConfig } from "next";
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from "next/constants";

import { CACHE_POLICY, PAGE_EXPIRE_SECONDS, cacheControlHeader } from "./lib/cache-policy";
import { buildIslands } from "./scripts/build-islands.mjs";

/**
 * Static pages cannot carry per-request nonces, and the App Router inlines its hydration data in script
 * tags, so scripts are limited to this origin plus inline; everything else (frames, objects, foreign
 * hosts) is shut. Code pages, which run no inline script, narrow this further with their own
 * `script-src 'self'` policy in a meta tag (lib/seo/code-page-csp.ts): a path rule could not, because a
 * malformed code URL (/codes/%E0%A4%A) is answered by the App Router's 404 page (proxy.ts), which needs
 * its inline scripts.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self' mailto:",
  "frame-ancestors 'none'",
].join("; ");

const SECURITY_HEADERS = [
  { key: "Content-Security-Policy", value: CONTENT_SECURITY_POLICY },
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains; preload" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
  },
];

/**
 * Memory settings for the build's page-rendering worker, passed as NODE_OPTIONS (Next.js hands the
 * variable, read when it starts its workers, on to them; this config file is loaded before that).
 * - A larger young generation: each page's render garbage dies young, but with V8's default 16 MB
 *   semi-spaces much of it is promoted and the old generation balloons: at 20,000 code pages the worker
 *   reached 1.9 GB and spent a quarter of its time in GC; with 64 MB it renders about 20 % faster in less
 *   memory.
 * - A ceiling on the old generation: what the worker keeps (the content, the fee-schedule releases, the
 *   code index) is a few hundred MB, yet V8 let the heap grow to about 1 GB of garbage between full
 *   collections. At 768 MB the real site's build peaked at 1.16 GB instead of 1.50 GB, no slower
 *   (docs/benchmarks.md). A site whose data outgrows it fails loudly with "heap out of memory": raise it.
 * An operator's own NODE_OPTIONS value for either setting wins.
 */
const BUILD_WORKER_NODE_OPTIONS = ["--max-semi-space-size=64", "--max-old-space-size=768"];

function tuneBuildWorkerMemory() {
  let options = process.env.NODE_OPTIONS ?? "";
  for (const option of BUILD_WORKER_NODE_OPTIONS)
    if (!options.includes(option.split("=")[0]!)) options = `${options} ${option}`.trim();
  process.env.NODE_OPTIONS = options;
}

const nextConfig: NextConfig = {
  // Benchmarks build a 20,000-record site into their own folder so they never clobber the main build.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  // With each page's `revalidate` (lib/cache-policy.ts), this sets the `stale-while-revalidate` of the
  // pages' Cache-Control: Next.js writes that header itself, and headers() below cannot change it.
  expireTime: PAGE_EXPIRE_SECONDS,
  // Only the benchmark build for `npm run lighthouse` sets this: source maps let the report tell the site's
  // own client code from React's and Next's inside Turbopack's mixed chunks.
  productionBrowserSourceMaps: process.env.CODEATLAS_BROWSER_SOURCE_MAPS === "1",
  typescript: {
    // Type checking runs once, in `npm test` (`npm run typecheck`), not again inside every build: it was
    // 8 of the 100 seconds a 20,000-code build takes.
    ignoreBuildErrors: true,
    // next build adds its output folder's types to the `include` of this file. The build test points it at
    // tsconfig.build-test.json, which extends tsconfig.json and which Next therefore leaves alone.
    tsconfigPath: process.env.NEXT_TSCONFIG_PATH ?? "tsconfig.json",
  },
  experimental: {
    // Pages rendered at once by the build worker (default 8). Rendering is CPU-bound on one worker, so more
    // in flight only keeps more half-built pages alive: at 20,000 code pages 2 was as fast as 8 and kept
    // the build's peak memory about 350 MB lower; at the real 21,500 pages 1 was as fast as 2 and peaked
    // at 1.65 GB instead of 1.97 GB (docs/benchmarks.md).
    staticGenerationMaxConcurrency: 1,
  },
  // Trailing slashes are redirected by proxy.ts with a 301 (Next's own redirect is a 308).
  skipTrailingSlashRedirect: true,
  async rewrites() {
    return {
      // Fallback rewrites run only after every page and dynamic route has had its turn, and a
      // `fallback: false` route (pages/codes/[slug].tsx) matches only the codes it prerendered. So this
      // catches an unknown code, and its 404 is rendered per request with "Did you mean" in the HTML.
      fallback: [{ source: "/codes/:slug", destination: "/code-not-found/:slug" }],
    };
  },
  async headers() {
    return [
      { source: "/:path*", headers: SECURITY_HEADERS },
      // Island bundles are named by content hash, so a browser may keep them for good.
      {
        source: "/islands/:file",
        headers: [{ key: "Cache-Control", value: cacheControlHeader(CACHE_POLICY.islandScript) }],
      },
      // The log's service worker must never be kept stale: it is how a new build reaches the log.
      {
        source: "/log-sw.js",
        headers: [{ key: "Cache-Control", value: cacheControlHeader(CACHE_POLICY.serviceWorker) }],
      },
    ];
  },
};

export default function config(phase: string): NextConfig {
  if (phase === PHASE_PRODUCTION_BUILD) tuneBuildWorkerMemory();
  // Code pages load these framework-free scripts instead of React; every build and dev server gets them.
  if (phase === PHASE_PRODUCTION_BUILD || phase === PHASE_DEVELOPMENT_SERVER)
    buildIslands(import.meta.dirname);
  return nextConfig;
}
