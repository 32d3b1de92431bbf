/**
 * The production server, for readers and for the tests and benchmarks alike: `npm start` runs it after a
 * build (scripts/start.mjs), and so do the browser tests and `npm run bench:load`. Next.js's own request
 * handler answers (`next({ dev: false })` and `app.getRequestHandler()`, as Next.js documents custom
 * servers), except for what the fast path (lib/fast-path) answers first: plain GET and HEAD requests for
 * prerendered pages, from memory, with the bytes and headers Next.js would send. `next start` spent about
 * ten times as long as a bare file server on each such request (docs/benchmarks.md).
 *
 * scripts/build.mjs bundles this file into the build folder it serves (`.next/codeatlas-server/`), so it
 * needs no TypeScript loader and cannot serve another build than its own:
 *
 *   node .next/codeatlas-server/server.mjs [-p PORT] [-H HOSTNAME]
 *
 * PORT (default 3000), SITE_URL, REVALIDATE_SECRET and CONTENT_DIR mean what they mean to `next start`.
 * CODEATLAS_FAST_PATH=off leaves every request to Next.js. SIGINT and SIGTERM stop it gracefully: no new
 * connections, running requests finish, then it exits.
 */
import http from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";

import type { FastPath } from "@/lib/fast-path";

/** After a stop signal, connections still open this long are cut: a stop must not hang on a slow client. */
const SHUTDOWN_GRACE_MS = 10_000;

/**
 * The build folder: the one this bundle sits in (`<distDir>/codeatlas-server/`). next.config.ts reads it
 * as NEXT_DIST_DIR, relative to the project.
 */
function locateBuild() {
  const distDir = path.dirname(import.meta.dirname);
  const projectDir = path.dirname(distDir);
  const configured = process.env.NEXT_DIST_DIR;
  if (configured !== undefined && path.resolve(projectDir, configured) !== distDir)
    throw new Error(
      `NEXT_DIST_DIR is ${configured}, but this server belongs to the build in ${distDir}.`,
    );
  return { distDir, projectDir, distDirName: path.basename(distDir) };
}

/** Asks proxy.ts, as Next.js would run it, whether it passes an address through untouched. */
async function createProxyCheck() {
  const [{ NextRequest }, { proxy }] = await Promise.all([
    import("next/server"),
    import("./proxy"),
  ]);
  return async (pagePath: string) => {
    const result = await proxy(new NextRequest(new URL(pagePath, "http://localhost")));
    // NextResponse.next() and nothing else: a redirect, rewrite or added header has more than its marker.
    return result.status === 200 && [...result.headers.keys()].join() === "x-middleware-next";
  };
}

/**
 * The search index takes seconds of CPU to build. Built before the server listens, no reader waits for it
 * (under `next start` the first search did, and every request behind it). If it cannot be built, searches
 * try again and, failing, are left to Next.js; pages are served either way.
 */
function warmSearch(answer: (parameters: URLSearchParams) => unknown) {
  try {
    answer(new URLSearchParams({ q: "crown" }));
  } catch (error) {
    console.warn("- The search index could not be built:", error);
  }
}

async function createFastPathFor(distDir: string): Promise<FastPath | undefined> {
  if (process.env.CODEATLAS_FAST_PATH === "off") {
    console.log("- Fast path: off (CODEATLAS_FAST_PATH=off)");
    return undefined;
  }
  const [{ createFastPath }, search] = await Promise.all([
    import("@/lib/fast-path"),
    import("@/lib/search/search-api"),
  ]);
  try {
    const fastPath = createFastPath({
      distDir,
      passesProxy: await createProxyCheck(),
      // Search answers carry a code's name, and come from the same function as the route handler.
      routes: {
        "/api/search": {
          parameters: search.SEARCH_API_PARAMETERS,
          answer: search.answerSearchRequest,
        },
      },
    });
    warmSearch(search.answerSearchRequest);
    const pages = fastPath.pageCount.toLocaleString("en-US");
    console.log(`- Fast path: ${pages} prerendered pages, ${fastPath.routePaths.join(", ")}`);
    return fastPath;
  } catch (error) {
    console.warn(
      `- ${error instanceof Error ? error.message : String(error)} Next.js answers everything.`,
    );
    return undefined;
  }
}

function stopGracefully(server: http.Server, close: () => Promise<void>) {
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    server.close(() => {
      void close().finally(() => process.exit(0));
    });
    // Idle keep-alive connections would otherwise hold the close open until they time out.
    server.closeIdleConnections();
    setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS).unref();
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

async function main() {
  const { values } = parseArgs({
    options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } },
  });
  const port = Number(values.port ?? process.env.PORT ?? 3000);
  const { distDir, projectDir, distDirName } = locateBuild();
  // Before Next.js and React load: they pick their production builds from it, as under `next start`.
  Object.assign(process.env, {
    NODE_ENV: "production",
    NEXT_DIST_DIR: distDirName,
    PORT: String(port),
  });

  const { default: next } = await import("next");
  const app = next({ dev: false, dir: projectDir, port, hostname: values.hostname });
  await app.prepare();
  const handle = app.getRequestHandler();
  const fastPath = await createFastPathFor(distDir);

  const server = http.createServer((request, response) => {
    const toNext = () => {
      // What `next start` does with an error that escapes Next's handler.
      handle(request, response).catch((error: unknown) => {
        console.error(`Failed to handle request for ${request.url}`, error);
        if (response.headersSent) return void response.destroy();
        response.statusCode = 500;
        response.end("Internal Server Error");
      });
    };
    if (fastPath) fastPath.handle(request, response, toNext);
    else toNext();
  });
  stopGracefully(server, async () => {
    fastPath?.close();
    await app.close();
  });
  server.listen(port, values.hostname, () =>
    console.log(`✓ Ready on http://${values.hostname ?? "localhost"}:${port}`),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
