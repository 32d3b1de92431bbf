/**
 * What the load benchmark checks on the code page besides speed: the headers a CDN needs (ETag, a 304 for
 * If-None-Match, a shared-cacheable Cache-Control), compression, what the HTML is made of, and that the
 * fast path's answer is the one Next.js gives for the same page.
 */
import type http from "node:http";
import zlib from "node:zlib";

import { answeredByFastPath, rawRequest, type RawAnswer } from "./raw-http";
import { formatBytes } from "./report";

/**
 * The page data inlined for hydration, in bytes: the App Router's RSC payload (self.__next_f.push
 * scripts) or the Pages Router's props (__NEXT_DATA__), and the JSON-LD.
 */
function describeHtml(html: string) {
  const sum = (pattern: RegExp) =>
    [...html.matchAll(pattern)].reduce((total, match) => total + Buffer.byteLength(match[0]), 0);
  const rsc = sum(/<script>self\.__next_f\.push\([\s\S]*?<\/script>/g);
  const props = sum(/<script id="__NEXT_DATA__"[\s\S]*?<\/script>/g);
  return {
    inlineData: rsc + props,
    inlineDataLabel:
      props > 0
        ? "page props (__NEXT_DATA__)"
        : rsc > 0
          ? "RSC payload (self.__next_f)"
          : "page data",
    jsonLd: sum(/<script type="application\/ld\+json">[\s\S]*?<\/script>/g),
  };
}

/** Headers that differ between any two answers: the clock and the connection's own. */
const PER_ANSWER = new Set(["date", "connection", "keep-alive"]);

/** Where two answers differ (status, a header, the body), or [] when they are the same. */
export function differences(a: RawAnswer, b: RawAnswer): string[] {
  const found: string[] = [];
  if (a.status !== b.status) found.push(`status ${a.status} ≠ ${b.status}`);
  const names = new Set([...Object.keys(a.headers), ...Object.keys(b.headers)]);
  for (const name of names)
    if (!PER_ANSWER.has(name) && String(a.headers[name]) !== String(b.headers[name]))
      found.push(`${name}: ${String(a.headers[name])} ≠ ${String(b.headers[name])}`);
  if (!a.body.equals(b.body)) found.push(`body (${a.body.length} and ${b.body.length} bytes)`);
  return found;
}

export interface PageSamples {
  /** The page as the fast path answers it, without Accept-Encoding. */
  page: RawAnswer;
  /** The same page through Next.js (a query string sends it there). */
  viaNext: RawAnswer;
  conditional: RawAnswer;
  gzipped: RawAnswer;
  gzippedViaNext: RawAnswer;
  searchHeaders: http.IncomingHttpHeaders;
}

export async function samplePage(
  origin: string,
  pagePath: string,
  searchPath: string,
): Promise<PageSamples> {
  const page = await rawRequest(`${origin}${pagePath}`);
  if (page.status !== 200) throw new Error(`${pagePath} answered ${page.status}`);
  const etag = page.headers.etag;
  const gzip = { "accept-encoding": "gzip, deflate, br" };
  return {
    page,
    viaNext: await rawRequest(`${origin}${pagePath}?via=next`),
    conditional: await rawRequest(
      `${origin}${pagePath}`,
      etag ? { "if-none-match": String(etag) } : {},
    ),
    gzipped: await rawRequest(`${origin}${pagePath}`, gzip),
    gzippedViaNext: await rawRequest(`${origin}${pagePath}?via=next`, gzip),
    searchHeaders: (await rawRequest(`${origin}${searchPath}`)).headers,
  };
}

/** The rows of the checks table for the page. */
export function pageCheckRows(samples: PageSamples): string[][] {
  const { page, viaNext, conditional, gzipped, gzippedViaNext } = samples;
  const cacheControl = String(page.headers["cache-control"] ?? "(none)");
  const cdnCacheable =
    /s-maxage=[1-9]|public.*max-age=[1-9]/.test(cacheControl) &&
    !/no-store|private/.test(cacheControl);
  const sameAsNext = differences(page, viaNext);
  const unzipped = (response: RawAnswer) =>
    response.headers["content-encoding"] === "gzip"
      ? zlib.gunzipSync(response.body)
      : response.body;
  const sameGzip = unzipped(gzipped).equals(unzipped(gzippedViaNext));
  const fastPathAnswered = answeredByFastPath(gzipped) && !answeredByFastPath(gzippedViaNext);
  const parts = describeHtml(page.body.toString("utf8"));
  const gzipSize = zlib.gzipSync(page.body, { level: 9 }).length;
  return [
    [
      "Same answer as Next.js (`?via=next`)",
      sameAsNext.length === 0
        ? "✅ same status, headers (but Date) and body"
        : `❌ ${sameAsNext.join("; ")}`,
    ],
    [
      "Answered by",
      fastPathAnswered
        ? "the fast path (its gzip answer has a Content-Length; Next.js's is chunked)"
        : "❌ Next.js: the fast path did not answer",
    ],
    ["ETag", page.headers.etag ? `\`${String(page.headers.etag)}\`` : "❌ none"],
    [
      "If-None-Match with that ETag",
      conditional.status === 304
        ? "✅ 304 Not Modified"
        : `❌ ${conditional.status} (${formatBytes(conditional.body.length)} body)`,
    ],
    [
      "Cache-Control",
      `\`${cacheControl}\` — ${cdnCacheable ? "✅ a shared cache may store it" : "❌ a CDN would not cache it (needs s-maxage or public max-age without private/no-store)"}`,
    ],
    [
      "Other caching headers",
      ["x-nextjs-cache", "vary", "last-modified"]
        .map((name) => `${name}: ${page.headers[name] ?? "—"}`)
        .join("; "),
    ],
    [
      "Compression",
      `${gzipped.headers["content-encoding"] ?? "none"} when asked for gzip/br: ${formatBytes(gzipped.body.length)} on the wire; ${sameGzip ? "✅ the same HTML as Next.js sends" : "❌ not the HTML Next.js sends"}`,
    ],
    [
      "HTML size",
      `${formatBytes(page.body.length)} (${formatBytes(gzipSize)} gzip -9); inline ${parts.inlineDataLabel} ${formatBytes(parts.inlineData)} = ${((parts.inlineData / page.body.length) * 100).toFixed(0)} %; JSON-LD ${formatBytes(parts.jsonLd)}`,
    ],
    [
      "Search API Cache-Control",
      `\`${String(samples.searchHeaders["cache-control"] ?? "(none)")}\``,
    ],
  ];
}
