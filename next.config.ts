import type { NextConfig } from "next";
import { PHASE_PRODUCTION_BUILD } from "next/constants";

/**
 * Static pages cannot carry per-request nonces, and Next.js inlines its hydration data in script tags, so
 * scripts are limited to this origin plus inline; everything else (frames, objects, foreign hosts) is shut.
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
 * A larger young generation for the build's page-rendering worker, passed as NODE_OPTIONS (Next.js hands
 * the variable, read when it starts its workers, on to them; this config file is loaded before that). Each
 * page's render garbage dies young, but with V8's default 16 MB semi-spaces much of it is promoted and the
 * old generation balloons: at 20,000 code pages the worker reached 1.9 GB and spent a quarter of its time
 * in GC; with 64 MB it renders about 20 % faster in less memory (docs/benchmarks.md).
 */
function tuneBuildWorkerMemory() {
  const options = process.env.NODE_OPTIONS ?? "";
  if (!options.includes("--max-semi-space-size"))
    process.env.NODE_OPTIONS = `${options} --max-semi-space-size=64`.trim();
}

const nextConfig: NextConfig = {
  // Benchmarks build a 20,000-record site into their own folder so they never clobber the main build.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
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
    // the build's peak memory about 350 MB lower.
    staticGenerationMaxConcurrency: 2,
  },
  // Trailing slashes are redirected by proxy.ts with a 301 (Next's own redirect is a 308).
  skipTrailingSlashRedirect: true,
  async headers() {
    return [{ source: "/:path*", headers: SECURITY_HEADERS }];
  },
};

export default function config(phase: string): NextConfig {
  if (phase === PHASE_PRODUCTION_BUILD) tuneBuildWorkerMemory();
  return nextConfig;
}
