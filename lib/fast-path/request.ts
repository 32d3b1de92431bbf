/**
 * Which requests the fast path may answer: a plain GET or HEAD for the exact address of a prerendered page.
 * Everything else goes to Next.js, which answers it as before.
 */
import type { IncomingMessage } from "node:http";

/**
 * Request headers with which Next.js answers a page differently from a plain reader's view: on-demand
 * regeneration (`x-prerender-revalidate`), data and prefetch requests (`x-nextjs-data`,
 * `x-middleware-prefetch`), the App Router's navigation and actions (`rsc`, `next-router-*`,
 * `next-action`), and headers Next.js reserves for itself (`x-middleware-subrequest`, `x-invoke-*`,
 * `x-matched-path`, `x-now-route-matches`). Matched by prefix, so a header Next.js adds later in one of
 * these families is left to it too.
 */
const NEXT_REQUEST_HEADERS =
  /^(?:x-prerender-|x-nextjs-|x-middleware-|x-invoke-|x-matched-path$|x-now-route-matches$|rsc$|next-)/i;

/** Preview (draft) mode cookies: with them Next.js renders the page afresh for that reader. */
const PREVIEW_COOKIES = /(?:^|;)\s*(?:__prerender_bypass|__next_preview_data)=/;

type RequestLike = Pick<IncomingMessage, "method" | "url" | "rawHeaders" | "headers">;

/** Whether Next.js would answer the request as it answers any reader: no header or cookie of its own. */
function isPlainRequest(request: RequestLike): boolean {
  const raw = request.rawHeaders;
  for (let index = 0; index < raw.length; index += 2)
    if (NEXT_REQUEST_HEADERS.test(raw[index]!)) return false;
  const cookie = request.headers.cookie;
  return !(cookie && PREVIEW_COOKIES.test(cookie));
}

/**
 * The page address the request asks for, or undefined when Next.js must answer it. The request target
 * must be the address itself, byte for byte: a query string, a trailing slash, other letter case or a
 * percent-encoded character all make it another string, so proxy.ts (redirects, the 404 for malformed
 * encodings) and Next.js see every such request. Query strings could often be ignored, but a page that
 * read one one day would then be answered wrongly without a sign, so they go to Next.js.
 */
export function fastPathAddress(
  request: RequestLike,
  isPage: (path: string) => boolean,
): string | undefined {
  if (request.method !== "GET" && request.method !== "HEAD") return undefined;
  const path = request.url;
  if (!path || !isPage(path) || !isPlainRequest(request)) return undefined;
  return path;
}

/**
 * The route and the parameters of a GET for a route the fast path answers in-process (`/api/search?q=…`),
 * or undefined when Next.js must answer. The path must be the route's exact address, and every query
 * parameter one the route reads: a request with any other (`&via=next`) goes to Next.js, which answers it
 * the same way, and so shows what Next.js would send.
 */
export function fastPathRoute(
  request: RequestLike,
  routeParameters: (path: string) => readonly string[] | undefined,
): { path: string; parameters: URLSearchParams } | undefined {
  if (request.method !== "GET" || !request.url) return undefined;
  const query = request.url.indexOf("?");
  const path = query < 0 ? request.url : request.url.slice(0, query);
  const known = routeParameters(path);
  if (!known || !isPlainRequest(request)) return undefined;
  const parameters = new URLSearchParams(query < 0 ? "" : request.url.slice(query + 1));
  for (const name of parameters.keys()) if (!known.includes(name)) return undefined;
  return { path, parameters };
}
