/**
 * One prerendered page as the fast path sends it: the bytes, compressed copies made on first demand, and
 * the header lists of its 200 and 304 answers, prepared once so a request costs a lookup and a write.
 *
 * The headers are those `next start` sends for the page, in its order: next.config.ts `headers()`, then
 * `x-nextjs-cache: HIT`, (`X-Powered-By`), `Cache-Control` from the page's lifetimes (Next's own
 * getCacheControlHeader), `ETag` (Next's own generateETag over the same HTML string), `Content-Type`,
 * `Content-Length` and, when next.config `compress` is on, `Vary: Accept-Encoding` and the coding. One
 * difference: a compressed answer carries its Content-Length, where Next.js streams it chunked.
 */
import zlib from "node:zlib";

import { getCacheControlHeader } from "next/dist/server/lib/cache-control.js";
import { generateETag } from "next/dist/server/lib/etag.js";

import type { PrerenderedPage, ServerSettings } from "./build-output";
import { COMPRESSION_THRESHOLD_BYTES, type ContentCoding } from "./encoding";
import type { PageFile } from "./page-file";

/** Flat [name, value, name, value, …]: the form `response.writeHead` takes fastest. */
export type HeaderList = string[];

export interface PageResponse {
  readonly path: string;
  readonly etag: string | undefined;
  /** Until when (ms since the epoch) Next.js would answer with this copy without regenerating it. */
  readonly freshUntil: number;
  readonly headers304: HeaderList;
  /** The 200 answer for a coding: its headers and body. */
  answer(coding: ContentCoding): { headers: HeaderList; body: Buffer };
  /** Bytes held: the HTML and the compressed copies made so far. */
  bytes(): number;
}

const COMPRESS: Record<Exclude<ContentCoding, "identity">, (body: Buffer) => Buffer> = {
  gzip: (body) => zlib.gzipSync(body),
  deflate: (body) => zlib.deflateSync(body),
};

export interface PageResponseInput {
  page: PrerenderedPage;
  file: PageFile;
  /** next.config.ts `headers()` for the page's path (header-rules.ts). */
  ruleHeaders: readonly [string, string][];
  settings: ServerSettings;
  /** Called after a compressed copy was made, so the cache can count the memory. */
  onGrow?: () => void;
}

export function createPageResponse({
  page,
  file,
  ruleHeaders,
  settings,
  onGrow,
}: PageResponseInput): PageResponse {
  const html = Buffer.from(file.html, "utf8");
  const etag = settings.generateEtags ? generateETag(file.html) : undefined;
  const cacheControl = getCacheControlHeader({
    revalidate: page.revalidateSeconds,
    expire: page.expireSeconds,
  });
  const shared: HeaderList = [
    ...ruleHeaders.flat(),
    "x-nextjs-cache",
    "HIT",
    ...(settings.poweredByHeader ? ["X-Powered-By", "Next.js"] : []),
    "Cache-Control",
    cacheControl,
    ...(etag ? ["ETag", etag] : []),
  ];
  const compressible = settings.compress && html.length >= COMPRESSION_THRESHOLD_BYTES;
  const answers = new Map<ContentCoding, { headers: HeaderList; body: Buffer }>();
  const make = (coding: ContentCoding) => {
    const body = coding === "identity" || !compressible ? html : COMPRESS[coding](html);
    const headers = [
      ...shared,
      "Content-Type",
      "text/html; charset=utf-8",
      "Content-Length",
      String(body.length),
      ...(settings.compress ? ["Vary", "Accept-Encoding"] : []),
      ...(body === html ? [] : ["Content-Encoding", coding]),
    ];
    return { headers, body };
  };
  return {
    path: page.path,
    etag,
    freshUntil: file.lastModified + page.revalidateSeconds * 1000,
    headers304: shared,
    answer(coding) {
      let answer = answers.get(coding);
      if (!answer) {
        answers.set(coding, (answer = make(coding)));
        if (answer.body !== html) onGrow?.();
      }
      return answer;
    },
    bytes() {
      let total = html.length;
      for (const { body } of answers.values()) if (body !== html) total += body.length;
      return total;
    },
  };
}
