/**
 * The content coding the fast path picks, against Next.js's own compression middleware: whatever it would
 * do with an Accept-Encoding header, the fast path does too, or hands the request to Next.js.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";

import compression from "next/dist/compiled/compression/index.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { chooseContentCoding } from "@/lib/fast-path/encoding";

let server: http.Server;
let port: number;

beforeAll(async () => {
  const middleware = compression();
  server = http.createServer((request, response) =>
    middleware(request, response, () => {
      response.setHeader("Content-Type", "text/html; charset=utf-8");
      response.end("x".repeat(4096));
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** The Content-Encoding Next's middleware answers with, "identity" when none. */
function middlewareCoding(acceptEncoding: string | undefined): Promise<string> {
  return new Promise((resolve, reject) => {
    const headers = acceptEncoding === undefined ? {} : { "accept-encoding": acceptEncoding };
    http
      .get({ host: "127.0.0.1", port, path: "/", headers }, (response) => {
        response.resume();
        response.on("end", () => resolve(response.headers["content-encoding"] ?? "identity"));
      })
      .on("error", reject);
  });
}

const PLAIN_HEADERS = [
  undefined,
  "",
  "gzip",
  "deflate",
  "br",
  "identity",
  "gzip, deflate, br, zstd",
  "deflate, gzip, br, zstd",
  "deflate, br",
  "br, deflate",
  "identity, gzip",
  "gzip, identity",
  "deflate, identity, gzip",
  "DEFLATE , GZIP",
  "compress, x-gzip",
];

describe("chooseContentCoding", () => {
  it.each(PLAIN_HEADERS)(
    "picks what Next's compression middleware picks for %j",
    async (header) => {
      expect(chooseContentCoding(header)).toBe(await middlewareCoding(header));
    },
  );

  it("leaves q-values and wildcards to Next.js", () => {
    for (const header of ["gzip;q=0", "gzip;q=0.5, deflate", "*", "br, *;q=0.1", "identity;q=0"])
      expect(chooseContentCoding(header), header).toBeUndefined();
  });
});
