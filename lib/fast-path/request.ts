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

/**
 * The page address the request asks for, or undefined when Next.js must answer it. The request target
 * must be the address itself, byte for byte: a query string, a trailing slash, other letter case or a
 * percent-encoded character all make it another string, so proxy.ts (redirects, the 404 for malformed
 * encodings) and Next.js see every such request. Query strings could often be ignored, but a page that
 * read one one day would then be answered wrongly without a sign, so they go to Next.js.
 */
export function fastPathAddress(
  request: Pick<IncomingMessage, "method" | "url" | "rawHeaders" | "headers">,
  isPage: (path: string) => boolean,
): string | undefined {
  if (request.method !== "GET" && request.method !== "HEAD") return undefined;
  const path = request.url;
  if (!path || !isPage(path)) return undefined;
  const raw = request.rawHeaders;
  for (let index = 0; index < raw.length; index += 2)
    if (NEXT_REQUEST_HEADERS.test(raw[index]!)) return undefined;
  const cookie = request.headers.cookie;
  if (cookie && PREVIEW_COOKIES.test(cookie)) return undefined;
  return path;
}
