/**
 * The production server's fast path (server.ts, docs/deploy.md): GET and HEAD for prerendered Pages Router
 * pages (code pages, code-system and category listings, modifiers, the home page) answered from memory
 * with the bytes and headers `next start` sends for them, and GET for the API routes server.ts names
 * (the search API) answered by the function their route handler calls, without Next.js's per-request
 * routing, proxy and render pipeline. Every other request, and anything it cannot vouch for, goes to
 * Next.js.
 *
 * It stays exact by reading, never restating: the pages, their lifetimes and the header rules come from
 * the build's manifests (build-output.ts); the current HTML from Next's own cache files (page-file.ts);
 * ETags, Cache-Control and 304s from Next's own functions. It stays current through
 * lib/page-regeneration.ts (pages regenerated on demand) and the pages' `revalidate` time (page-cache.ts).
 */
import type { IncomingMessage, ServerResponse } from "node:http";

import fresh from "next/dist/compiled/fresh/index.js";

import { onPageRegenerated } from "@/lib/page-regeneration";

import { readBuildOutput, type BuildOutput } from "./build-output";
import { chooseContentCoding, type ContentCoding } from "./encoding";
import { headersForPath } from "./header-rules";
import { createPageCache } from "./page-cache";
import { readPageFile } from "./page-file";
import { createPageResponse, type PageResponse } from "./page-response";
import { fastPathAddress, fastPathRoute } from "./request";
import { writeRouteAnswer, type InProcessRoute } from "./route-answer";

export type { InProcessRoute } from "./route-answer";

export interface FastPathOptions {
  /** The build to serve, e.g. `/srv/codeatlas/.next`. */
  distDir: string;
  /**
   * Whether proxy.ts lets a request for `path` through to its page unchanged (no redirect, rewrite or
   * header). server.ts asks the real proxy, once per page; a page it does not pass stays with Next.js.
   */
  passesProxy(path: string): Promise<boolean>;
  /**
   * API routes answered in-process, by path ("/api/search"): each with the function its route handler
   * calls, so both send the same answer.
   */
  routes?: Readonly<Record<string, InProcessRoute>>;
  /** Memory for held pages (default 64 MB: some 1,600 code pages with their gzip copies). */
  maxBytes?: number;
  /** How often a page found stale is looked for on disk again (default 1 s). */
  recheckMs?: number;
}

export interface FastPath {
  /** Answers the request, or calls `next` to leave it to Next.js. */
  handle(request: IncomingMessage, response: ServerResponse, next: () => void): void;
  /** The number of pages it may answer for. */
  readonly pageCount: number;
  /** The paths of the API routes it answers. */
  readonly routePaths: readonly string[];
  /** Stops listening for regenerated pages. */
  close(): void;
}

const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

function send(
  request: IncomingMessage,
  response: ServerResponse,
  page: PageResponse,
  coding: ContentCoding,
) {
  // Next.js's order (send-payload.js): the ETag check comes first, so a HEAD can get a 304 too.
  if (page.etag && fresh(request.headers, { etag: page.etag })) {
    response.writeHead(304, page.headers304);
    response.end();
    return;
  }
  // The compression middleware leaves HEAD answers uncompressed, with the identity length.
  const answer = page.answer(request.method === "HEAD" ? "identity" : coding);
  response.writeHead(200, answer.headers);
  response.end(request.method === "HEAD" ? undefined : answer.body);
}

export function createFastPath(options: FastPathOptions): FastPath {
  const build: BuildOutput = readBuildOutput(options.distDir);
  /** Pages the fast path has found it cannot answer for: their rules or proxy.ts need Next.js. */
  const refused = new Set<string>();
  const approved = new Map<string, readonly [string, string][]>();

  async function ruleHeaders(path: string) {
    const known = approved.get(path);
    if (known) return known;
    const headers = headersForPath(path, build.headerRules);
    // A proxy that throws for an address is no proxy to vouch for: Next.js runs it, and reports.
    const passes = headers && (await options.passesProxy(path).catch(() => false));
    if (!headers || !passes) {
      refused.add(path);
      return undefined;
    }
    approved.set(path, headers);
    return headers;
  }

  const cache = createPageCache({
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    recheckMs: options.recheckMs ?? 1000,
    async load(path) {
      const page = build.pages.get(path);
      const headers = page && (await ruleHeaders(path));
      const file = headers && (await readPageFile(build.distDir, page.buildHtmlFile));
      if (!file) return undefined;
      const onGrow = () => cache.resized(path);
      return createPageResponse({
        page,
        file,
        ruleHeaders: headers,
        settings: build.settings,
        onGrow,
      });
    },
  });
  const unsubscribe = onPageRegenerated((path) => cache.invalidate(path));
  const isPage = (path: string) => build.pages.has(path) && !refused.has(path);
  const routes = new Map(Object.entries(options.routes ?? {}));
  const routeParameters = (path: string) =>
    refused.has(path) ? undefined : routes.get(path)?.parameters;

  /** Answers a route in-process; anything unexpected (a throw, a refused path) goes to Next.js. */
  async function answerRoute(
    response: ServerResponse,
    path: string,
    parameters: URLSearchParams,
    coding: ContentCoding,
  ): Promise<boolean> {
    const headers = await ruleHeaders(path);
    const route = routes.get(path);
    if (!headers || !route) return false;
    const answer = route.answer(parameters);
    writeRouteAnswer(response, answer, coding, {
      ruleHeaders: headers,
      appRouterVary: build.appRouterVary,
      compress: build.settings.compress,
    });
    return true;
  }

  function handleRoute(
    request: IncomingMessage,
    response: ServerResponse,
    next: () => void,
  ): boolean {
    const route = fastPathRoute(request, routeParameters);
    const coding = route && chooseContentCoding(request.headers["accept-encoding"]);
    if (!route || !coding) return false;
    answerRoute(response, route.path, route.parameters, coding).then(
      (answered) => answered || next(),
      (error: unknown) => {
        console.error(`fast path: ${request.url}:`, error);
        next();
      },
    );
    return true;
  }

  return {
    handle(request, response, next) {
      if (routes.size > 0 && handleRoute(request, response, next)) return;
      const path = fastPathAddress(request, isPage);
      const coding = path && chooseContentCoding(request.headers["accept-encoding"]);
      if (!path || !coding) return next();
      const held = cache.peek(path);
      if (held) return send(request, response, held, coding);
      cache.load(path).then(
        (page) => {
          if (page) send(request, response, page, coding);
          else next();
        },
        (error: unknown) => {
          console.error(`fast path: ${path}:`, error);
          next();
        },
      );
    },
    get pageCount() {
      return build.pages.size;
    },
    routePaths: [...routes.keys()],
    close: unsubscribe,
  };
}
