/**
 * What the fast path needs from a production build (the folder `next build` wrote, `.next` by default):
 * the prerendered Pages Router pages and their lifetimes (prerender-manifest.json), the response headers
 * of next.config.ts `headers()` (routes-manifest.json) and the settings Next.js serves with
 * (required-server-files.json). Read from the build, not from next.config.ts, so the server answers with
 * what that build's Next.js server would, and states nothing twice.
 */
import fs from "node:fs";
import path from "node:path";

import { normalizePagePath } from "next/dist/shared/lib/page-path/normalize-page-path.js";

import type { HeaderRule } from "./header-rules";

export interface PrerenderedPage {
  /** The page's address, as a reader requests it: "/codes/D3351", "/". */
  readonly path: string;
  /** The HTML the build wrote, e.g. `<distDir>/server/pages/codes/D3351.html`. */
  readonly buildHtmlFile: string;
  /** Seconds after its generation that Next.js regenerates the page in the background (`revalidate`). */
  readonly revalidateSeconds: number;
  /** Seconds after its generation that Next.js must stop serving it stale (`expireTime`), if any. */
  readonly expireSeconds: number | undefined;
}

export interface ServerSettings {
  /** next.config `compress`: gzip or deflate for clients that ask. */
  readonly compress: boolean;
  /** next.config `generateEtags`. */
  readonly generateEtags: boolean;
  /** next.config `poweredByHeader`. */
  readonly poweredByHeader: boolean;
}

export interface BuildOutput {
  readonly distDir: string;
  readonly pages: ReadonlyMap<string, PrerenderedPage>;
  readonly headerRules: readonly HeaderRule[];
  /** The `Vary` Next.js gives App Router answers (routes-manifest.json `rsc.varyHeader`). */
  readonly appRouterVary: string | undefined;
  readonly settings: ServerSettings;
}

interface PrerenderRoute {
  initialRevalidateSeconds?: number | false;
  initialExpireSeconds?: number;
  dataRoute?: string | null;
}

interface NextConfigSubset {
  basePath?: string;
  i18n?: unknown;
  cacheHandler?: string;
  cacheHandlers?: Record<string, unknown>;
  compress?: boolean;
  generateEtags?: boolean;
  poweredByHeader?: boolean;
  experimental?: { isrFlushToDisk?: boolean };
}

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, "utf8")) as T;
}

/**
 * Why the fast path cannot stand in for Next.js with this configuration, or undefined when it can. Each
 * setting changes which file holds a page or which address serves it, and the fast path knows only the
 * default layout.
 */
export function unsupportedReason(config: NextConfigSubset): string | undefined {
  if (config.basePath) return `basePath "${config.basePath}" is set`;
  if (config.i18n) return "i18n routing is configured";
  if (config.cacheHandler || Object.keys(config.cacheHandlers ?? {}).length > 0)
    return "a custom cache handler keeps the regenerated pages elsewhere";
  if (config.experimental?.isrFlushToDisk === false)
    return "experimental.isrFlushToDisk is off, so regenerated pages never reach the disk";
  return undefined;
}

/**
 * The prerendered Pages Router pages with a fixed lifetime: a `.json` data route marks the Pages Router
 * (App Router pages have `.rsc` and are left to Next.js); a page with `revalidate: false` never expires
 * and one without the HTML file cannot be read, so both are left out too.
 */
function prerenderedPages(distDir: string, routes: Record<string, PrerenderRoute>) {
  const pages = new Map<string, PrerenderedPage>();
  for (const [route, entry] of Object.entries(routes)) {
    if (!entry.dataRoute?.endsWith(".json")) continue;
    if (typeof entry.initialRevalidateSeconds !== "number") continue;
    const buildHtmlFile = path.join(distDir, "server", "pages", `${normalizePagePath(route)}.html`);
    if (!fs.existsSync(buildHtmlFile)) continue;
    pages.set(route, {
      path: route,
      buildHtmlFile,
      revalidateSeconds: entry.initialRevalidateSeconds,
      expireSeconds: entry.initialExpireSeconds,
    });
  }
  return pages;
}

/**
 * Reads a build's manifests. Throws when the build cannot be served by the fast path; the message says
 * why, and the server then leaves every request to Next.js.
 */
export function readBuildOutput(distDir: string): BuildOutput {
  const config = readJson<{ config: NextConfigSubset }>(
    path.join(distDir, "required-server-files.json"),
  ).config;
  const reason = unsupportedReason(config);
  if (reason) throw new Error(`The fast path is off: ${reason}.`);
  const prerender = readJson<{ routes: Record<string, PrerenderRoute> }>(
    path.join(distDir, "prerender-manifest.json"),
  );
  const routes = readJson<{
    headers?: HeaderRule[];
    onMatchHeaders?: HeaderRule[];
    rsc?: { varyHeader?: string };
  }>(path.join(distDir, "routes-manifest.json"));
  return {
    distDir,
    pages: prerenderedPages(distDir, prerender.routes),
    // Next.js applies onMatchHeaders after the others, to answers from a page or route.
    headerRules: [...(routes.headers ?? []), ...(routes.onMatchHeaders ?? [])],
    appRouterVary: routes.rsc?.varyHeader,
    settings: {
      compress: config.compress !== false,
      generateEtags: config.generateEtags !== false,
      poweredByHeader: config.poweredByHeader !== false,
    },
  };
}
