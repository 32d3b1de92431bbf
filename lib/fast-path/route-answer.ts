/**
 * An API route the fast path answers in-process, by calling the function the route handler itself calls
 * (server.ts names them: `/api/search` and lib/search/search-api.ts), and the answer written the way
 * Next.js writes a route handler's Response:
 *
 * - next.config.ts `headers()`, then `Vary` with the App Router's request headers (routes-manifest.json
 *   `rsc.varyHeader`) and, when next.config `compress` is on and the body is compressible,
 *   `Accept-Encoding`;
 * - the Response's own headers, as a Web `Headers` object hands them over: names in lower case, sorted;
 * - gzip or deflate as the compression middleware would choose, whatever the size: Next.js streams a
 *   route's body, so the middleware never learns its length and its 1 KB threshold never applies. As for
 *   pages, the fast path sends a Content-Length where Next.js streams the body in chunks.
 */
import type { ServerResponse } from "node:http";
import zlib from "node:zlib";

import type { JsonAnswer } from "@/lib/http/safe-json";

import type { ContentCoding } from "./encoding";

export interface InProcessRoute {
  /** The query parameters the route reads. */
  readonly parameters: readonly string[];
  /** What the route handler answers for these parameters. */
  answer(parameters: URLSearchParams): JsonAnswer;
}

/** The types the compression middleware compresses (its `compressible` check) that routes answer with. */
const COMPRESSIBLE = /^(?:text\/|application\/(?:json|javascript|xml)\b)/i;

export interface RouteAnswerContext {
  /** next.config.ts `headers()` for the route's path. */
  ruleHeaders: readonly [string, string][];
  /** routes-manifest.json `rsc.varyHeader`, when the build has one. */
  appRouterVary: string | undefined;
  compress: boolean;
}

export function writeRouteAnswer(
  response: ServerResponse,
  answer: JsonAnswer,
  coding: ContentCoding,
  context: RouteAnswerContext,
): void {
  const own = Object.entries(answer.headers)
    .map(([name, value]): [string, string] => [name.toLowerCase(), value])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const type = own.find(([name]) => name === "content-type")?.[1] ?? "";
  const compressible = context.compress && COMPRESSIBLE.test(type);
  const vary = [context.appRouterVary, compressible ? "Accept-Encoding" : undefined]
    .filter(Boolean)
    .join(", ");
  let body = Buffer.from(answer.body, "utf8");
  const encode = compressible && coding !== "identity";
  if (encode) body = coding === "gzip" ? zlib.gzipSync(body) : zlib.deflateSync(body);
  response.writeHead(answer.status, [
    ...context.ruleHeaders.flat(),
    ...(vary ? ["Vary", vary] : []),
    ...own.flat(),
    ...(encode ? ["Content-Encoding", coding] : []),
    "Content-Length",
    String(body.length),
  ]);
  response.end(body);
}
