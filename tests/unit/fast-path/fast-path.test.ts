/**
 * The fast path on a throw-away build folder shaped like `next build` output, behind a real HTTP server
 * whose fallback stands in for Next.js. The browser tests (tests/e2e/fast-path.spec.ts) compare it with
 * Next.js itself on the real build.
 */
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import zlib from "node:zlib";

import { generateETag } from "next/dist/server/lib/etag.js";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { CACHE_POLICY, cacheControlHeader } from "@/lib/cache-policy";
import { createFastPath, type FastPath, type InProcessRoute } from "@/lib/fast-path";
import { announcePageRegenerated } from "@/lib/page-regeneration";

import { rawRequest, type RawAnswer } from "../../../scripts/bench/raw-http";
import { makeTempDir } from "../../helpers/temp-dir";

const HOUR = 3600;
const CACHE_KEY = "/route-cache/PAGES/0123abcd/$/codes/D3351";
const page = (text: string) =>
  `<!DOCTYPE html><html><body><p>${text}</p>${"<i></i>".repeat(300)}</body></html>`;

/** A route handler's function, as lib/search/search-api.ts is the search route's. */
const ECHO_ROUTE: InProcessRoute = {
  parameters: ["q", "limit"],
  answer(parameters) {
    const q = parameters.get("q") ?? "";
    if (q === "throw") throw new Error("the route failed");
    return {
      status: q === "" ? 400 : 200,
      headers: {
        "Content-Type": "application/json",
        "X-Robots-Tag": "noindex",
        "Cache-Control": "public, max-age=60",
      },
      body: JSON.stringify({ q }),
    };
  },
};

let distDir: string;
let fastPath: FastPath;
let server: http.Server;
let origin: string;
let proxyPasses: (path: string) => boolean;

function write(file: string, text: string) {
  fs.mkdirSync(path.dirname(path.join(distDir, file)), { recursive: true });
  fs.writeFileSync(path.join(distDir, file), text);
}

const json = (value: unknown) => JSON.stringify(value);
const pagesRoute = (dataRoute: string) => ({
  initialRevalidateSeconds: HOUR,
  initialExpireSeconds: 24 * HOUR,
  dataRoute,
});

function writeBuild(config: Record<string, unknown> = {}) {
  const settings = { compress: true, poweredByHeader: false, basePath: "", ...config };
  write("required-server-files.json", json({ config: settings }));
  write(
    "prerender-manifest.json",
    json({
      routes: {
        "/": pagesRoute("/_next/data/b/index.json"),
        "/codes/D3351": pagesRoute("/_next/data/b/codes/D3351.json"),
        "/specialties/endodontics": pagesRoute("/specialties/endodontics.rsc"),
      },
    }),
  );
  write(
    "routes-manifest.json",
    json({
      rsc: { varyHeader: "rsc, next-router-state-tree" },
      headers: [
        {
          source: "/:path*",
          regex: "^(?:/((?:[^/]+?)(?:/(?:[^/]+?))*))?(?:/)?$",
          headers: [
            { key: "X-Content-Type-Options", value: "nosniff" },
            { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          ],
        },
      ],
    }),
  );
  write("server/pages/index.html", page("home"));
  write("server/pages/codes/D3351.html", page("as built"));
  write("server/pages/codes/D3351.meta", json({ routeCache: { key: CACHE_KEY } }));
  write("server/app/specialties/endodontics.html", page("app router"));
}

beforeEach(async () => {
  distDir = makeTempDir("fast-path");
  writeBuild();
  proxyPasses = () => true;
  fastPath = createFastPath({
    distDir,
    passesProxy: async (path) => proxyPasses(path),
    routes: { "/api/echo": ECHO_ROUTE },
  });
  server = http.createServer((request, response) =>
    fastPath.handle(request, response, () => {
      response.setHeader("x-answered-by", "next");
      response.end("from Next.js");
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(async () => {
  fastPath.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

interface Answer extends RawAnswer {
  /** Name and value pairs as sent, without the ones Node.js adds (Date, Connection, Keep-Alive). */
  sent: [string, string][];
}

async function get(target: string, headers: Record<string, string> = {}, method = "GET") {
  const answer = await rawRequest(`${origin}${target}`, headers, method);
  const sent: [string, string][] = [];
  for (let index = 0; index < answer.rawHeaders.length; index += 2) {
    const name = answer.rawHeaders[index]!;
    if (!/^(date|connection|keep-alive)$/i.test(name))
      sent.push([name, answer.rawHeaders[index + 1]!]);
  }
  return { ...answer, sent } satisfies Answer;
}

const byNext = (answer: Answer) => answer.headers["x-answered-by"] === "next";

describe("createFastPath", () => {
  it("answers a prerendered page with the headers next start sends, in its order", async () => {
    const answer = await get("/codes/D3351");
    expect(answer.status).toBe(200);
    expect(answer.body.toString()).toBe(page("as built"));
    expect(answer.sent).toEqual([
      ["X-Content-Type-Options", "nosniff"],
      ["Referrer-Policy", "strict-origin-when-cross-origin"],
      ["x-nextjs-cache", "HIT"],
      ["Cache-Control", cacheControlHeader(CACHE_POLICY.page)],
      ["ETag", generateETag(page("as built"))],
      ["Content-Type", "text/html; charset=utf-8"],
      ["Content-Length", String(Buffer.byteLength(page("as built")))],
      ["Vary", "Accept-Encoding"],
    ]);
    expect((await get("/")).body.toString()).toBe(page("home"));
  });

  it("answers If-None-Match with its ETag by a 304 without a body, as Next.js does", async () => {
    const { headers } = await get("/codes/D3351");
    const etag = headers.etag!;
    for (const method of ["GET", "HEAD"]) {
      const answer = await get("/codes/D3351", { "If-None-Match": etag }, method);
      expect(answer.status, method).toBe(304);
      expect(answer.body, method).toHaveLength(0);
      expect(answer.sent.map(([name]) => name)).toEqual([
        "X-Content-Type-Options",
        "Referrer-Policy",
        "x-nextjs-cache",
        "Cache-Control",
        "ETag",
      ]);
    }
    expect((await get("/codes/D3351", { "If-None-Match": '"other"' })).status).toBe(200);
    const noCache = { "If-None-Match": etag, "Cache-Control": "no-cache" };
    expect((await get("/codes/D3351", noCache)).status).toBe(200);
  });

  it("answers HEAD with the GET headers and no body", async () => {
    const head = await get("/codes/D3351", { "Accept-Encoding": "gzip" }, "HEAD");
    expect(head.status).toBe(200);
    expect(head.body).toHaveLength(0);
    expect(head.headers["content-length"]).toBe(String(Buffer.byteLength(page("as built"))));
    expect(head.headers["content-encoding"]).toBeUndefined();
  });

  it("compresses for clients that accept gzip or deflate, as next.config compress does", async () => {
    const gzip = await get("/codes/D3351", { "Accept-Encoding": "gzip, deflate, br" });
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(gzip.headers.vary).toBe("Accept-Encoding");
    expect(gzip.headers["content-length"]).toBe(String(gzip.body.length));
    expect(zlib.gunzipSync(gzip.body).toString()).toBe(page("as built"));
    const deflate = await get("/codes/D3351", { "Accept-Encoding": "deflate" });
    expect(zlib.inflateSync(deflate.body).toString()).toBe(page("as built"));
    expect(deflate.headers.etag).toBe(gzip.headers.etag);
  });

  it("leaves to Next.js what is not a plain request for a prerendered Pages Router page", async () => {
    for (const [target, headers, method] of [
      ["/codes/D3351?x=1", {}, "GET"],
      ["/codes/D3351/", {}, "GET"],
      ["/codes/d3351", {}, "GET"],
      ["/codes/D3351", {}, "POST"],
      ["/codes/D9998", {}, "GET"],
      ["/specialties/endodontics", {}, "GET"],
      ["/codes/D3351", { "Accept-Encoding": "gzip;q=0.5" }, "GET"],
      ["/codes/D3351", { RSC: "1" }, "GET"],
    ] as const)
      expect(byNext(await get(target, headers, method)), `${method} ${target}`).toBe(true);
  });

  it("leaves a page to Next.js when proxy.ts does more than pass it through", async () => {
    proxyPasses = (path) => path !== "/codes/D3351";
    expect(byNext(await get("/codes/D3351"))).toBe(true);
    expect(byNext(await get("/"))).toBe(false);
  });

  it("serves the page Next.js keeps in its route cache over the build's copy", async () => {
    write(`server${CACHE_KEY}.html`, page("regenerated"));
    expect((await get("/codes/D3351")).body.toString()).toBe(page("regenerated"));
  });

  it("leaves a page to Next.js while its route cache entry is being written, never the older build copy", async () => {
    write(`server${CACHE_KEY}.html`, "");
    expect(byNext(await get("/codes/D3351"))).toBe(true);
  });

  it("leaves a page to Next.js when proxy.ts fails on its address", async () => {
    proxyPasses = () => {
      throw new Error("proxy failed");
    };
    expect(byNext(await get("/codes/D3351"))).toBe(true);
  });

  it("serves a page regenerated on demand as soon as the regeneration is announced", async () => {
    expect((await get("/codes/D3351")).body.toString()).toBe(page("as built"));
    write(`server${CACHE_KEY}.html`, page("corrected"));
    expect((await get("/codes/D3351")).body.toString()).toBe(page("as built"));
    announcePageRegenerated("/codes/D3351");
    const corrected = await get("/codes/D3351");
    expect(corrected.body.toString()).toBe(page("corrected"));
    expect(corrected.headers.etag).toBe(generateETag(page("corrected")));
  });

  it("leaves a page past its revalidate time to Next.js, which regenerates it", async () => {
    const twoHoursAgo = new Date(Date.now() - 2 * HOUR * 1000);
    fs.utimesSync(path.join(distDir, "server/pages/codes/D3351.html"), twoHoursAgo, twoHoursAgo);
    expect(byNext(await get("/codes/D3351"))).toBe(true);
    // Next.js's copy after a regeneration is fresh; the fast path takes it once it looks again.
    write(`server${CACHE_KEY}.html`, page("regenerated"));
    announcePageRegenerated("/codes/D3351");
    expect((await get("/codes/D3351")).body.toString()).toBe(page("regenerated"));
  });

  it("counts a page's age as Next.js does, from routeCacheLastModified when the entry has one", async () => {
    write(`server${CACHE_KEY}.html`, page("carried over"));
    write(
      `server${CACHE_KEY}.meta`,
      json({ routeCacheLastModified: Date.now() - 2 * HOUR * 1000 }),
    );
    expect(byNext(await get("/codes/D3351"))).toBe(true);
  });
});

describe("createFastPath for an API route", () => {
  it("answers in-process with the headers Next.js writes for a route handler's Response", async () => {
    const answer = await get("/api/echo?q=crown&limit=3");
    expect(answer.status).toBe(200);
    expect(answer.body.toString()).toBe('{"q":"crown"}');
    expect(answer.sent).toEqual([
      ["X-Content-Type-Options", "nosniff"],
      ["Referrer-Policy", "strict-origin-when-cross-origin"],
      ["Vary", "rsc, next-router-state-tree, Accept-Encoding"],
      ["cache-control", "public, max-age=60"],
      ["content-type", "application/json"],
      ["x-robots-tag", "noindex"],
      ["Content-Length", "13"],
    ]);
    expect((await get("/api/echo")).status).toBe(400);
  });

  it("compresses an answer of any size for clients that accept it, as Next.js does for a route", async () => {
    const answer = await get("/api/echo?q=crown", { "Accept-Encoding": "gzip" });
    expect(answer.headers["content-encoding"]).toBe("gzip");
    expect(zlib.gunzipSync(answer.body).toString()).toBe('{"q":"crown"}');
  });

  it("leaves to Next.js other methods, other addresses, parameters the route does not read, and failures", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    for (const [target, method] of [
      ["/api/echo?q=crown", "HEAD"],
      ["/api/echo?q=crown", "POST"],
      ["/api/echo/?q=crown", "GET"],
      ["/api/Echo?q=crown", "GET"],
      ["/api/echo?q=crown&via=next", "GET"],
      ["/api/echo?q=throw", "GET"],
    ] as const)
      expect(byNext(await get(target, {}, method)), `${method} ${target}`).toBe(true);
    expect(logged).toHaveBeenCalledWith("fast path: /api/echo?q=throw:", expect.any(Error));
    logged.mockRestore();
  });
});

describe("createFastPath on a build it cannot serve", () => {
  it("refuses a build whose pages live elsewhere, saying why", () => {
    for (const [config, reason] of [
      [{ basePath: "/docs" }, /basePath "\/docs"/],
      [{ i18n: { locales: ["en"] } }, /i18n/],
      [{ cacheHandler: "./cache.js" }, /cache handler/],
      [{ experimental: { isrFlushToDisk: false } }, /isrFlushToDisk/],
    ] as const) {
      writeBuild(config);
      expect(() => createFastPath({ distDir, passesProxy: async () => true })).toThrow(reason);
    }
  });
});
