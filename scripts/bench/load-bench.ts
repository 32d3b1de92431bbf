/**
 * `npm run bench:load`: throughput and latency of `next start` for a code page and the search API, compared
 * with a bare node:http server returning the same HTML bytes, plus a check of the headers a CDN needs
 * (ETag and a 304 for If-None-Match). Uses the production build in .bench-next, building the normal content
 * into it first when it is missing, stale or made from other content. Results go to docs/benchmarks.md.
 *
 * Options: --duration S (default 10 per target), --connections N (default 10), --no-rebuild (reuse a
 * build whose sources changed since), --no-record (print only).
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import type http from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";
import zlib from "node:zlib";

import autocannon, { type Result } from "autocannon";

import { ensureNormalBuild } from "./next-build";
import { findFreePort, startProductionServer } from "./next-server";
import { readTreeMemory } from "./process-tree";
import { rawRequest, type RawAnswer } from "./raw-http";
import {
  describeMachine,
  formatBytes,
  endLoadNote,
  machineLine,
  markdownTable,
  recordResult,
} from "./report";
import { runInWorkDir } from "./work-dir";

const CODE_PATH = "/codes/D3351";
const SEARCH_PATH = "/api/search?q=root%20canal";

const { values } = parseArgs({
  options: {
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "10" },
    "no-rebuild": { type: "boolean", default: false },
    "no-record": { type: "boolean", default: false },
  },
});
const duration = Number(values.duration);
const connections = Number(values.connections);

interface LoadRow {
  label: string;
  result: Result;
  rssBefore: number;
  rssAfter: number;
}

async function load(url: string): Promise<Result> {
  // A short warm-up so JIT compilation and first-request caches are not counted.
  await autocannon({ url, connections: 2, duration: 2 });
  return autocannon({ url, connections, duration });
}

async function measure(label: string, url: string, pid: number): Promise<LoadRow> {
  console.log(`  ${label}: ${url} for ${duration} s with ${connections} connections…`);
  const rssBefore = readTreeMemory(pid).totalBytes;
  const result = await load(url);
  return { label, result, rssBefore, rssAfter: readTreeMemory(pid).totalBytes };
}

/**
 * The page data inlined for hydration, in bytes: the App Router's RSC payload (self.__next_f.push
 * scripts) or the Pages Router's props (__NEXT_DATA__; code pages), and the JSON-LD.
 */
function describeHtml(html: string) {
  const sum = (pattern: RegExp) =>
    [...html.matchAll(pattern)].reduce((total, match) => total + Buffer.byteLength(match[0]), 0);
  const rsc = sum(/<script>self\.__next_f\.push\([\s\S]*?<\/script>/g);
  const props = sum(/<script id="__NEXT_DATA__"[\s\S]*?<\/script>/g);
  return {
    inlineData: rsc + props,
    inlineDataLabel: props > 0 ? "page props (__NEXT_DATA__)" : "RSC payload (self.__next_f)",
    jsonLd: sum(/<script type="application\/ld\+json">[\s\S]*?<\/script>/g),
  };
}

const STATIC_SERVER = `
const http = require("node:http");
const fs = require("node:fs");
const body = fs.readFileSync(process.argv[1]);
http.createServer((request, response) => {
  response.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": body.length });
  response.end(body);
}).listen(Number(process.argv[2]), "127.0.0.1", () => console.log("ready"));
`;

async function startStaticServer(file: string) {
  const port = await findFreePort();
  const child = spawn(process.execPath, ["-e", STATIC_SERVER, file, String(port)], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout.once("data", () => resolve());
    child.once("exit", (code) => reject(new Error(`static server exited with ${code}`)));
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    stop: () =>
      new Promise<void>((resolve) =>
        child.exitCode !== null
          ? resolve()
          : (child.once("exit", () => resolve()), child.kill("SIGTERM")),
      ),
  };
}

function row(entry: LoadRow): (string | number)[] {
  const { result } = entry;
  return [
    entry.label,
    Math.round(result.requests.average).toLocaleString("en-US"),
    formatBytes(result.throughput.average / Math.max(1, result.requests.average)),
    `${result.latency.p50} ms`,
    `${result.latency.p99} ms`,
    `${result.errors} / ${result.non2xx}`,
    `${formatBytes(entry.rssBefore)} → ${formatBytes(entry.rssAfter)}`,
  ];
}

async function main(workDir: string) {
  const machine = describeMachine();
  const buildNote = await ensureNormalBuild(path.join(workDir, "next-build.log"), {
    rebuildStale: !values["no-rebuild"],
  });
  console.log(`Build: ${buildNote}`);

  const server = await startProductionServer(path.join(workDir, "next-start.log"));
  const rows: LoadRow[] = [];
  let page: RawAnswer;
  let conditional: RawAnswer;
  let gzipped: RawAnswer;
  let searchHeaders: http.IncomingHttpHeaders;
  try {
    page = await rawRequest(`${server.origin}${CODE_PATH}`);
    if (page.status !== 200) throw new Error(`${CODE_PATH} answered ${page.status}`);
    const etag = page.headers.etag;
    conditional = await rawRequest(
      `${server.origin}${CODE_PATH}`,
      etag ? { "if-none-match": String(etag) } : {},
    );
    gzipped = await rawRequest(`${server.origin}${CODE_PATH}`, { "accept-encoding": "gzip, br" });
    searchHeaders = (await rawRequest(`${server.origin}${SEARCH_PATH}`)).headers;
    console.log(`Measuring next start at ${server.origin} (pid ${server.pid})…`);
    rows.push(await measure(`next start ${CODE_PATH}`, `${server.origin}${CODE_PATH}`, server.pid));
    rows.push(
      await measure(`next start ${SEARCH_PATH}`, `${server.origin}${SEARCH_PATH}`, server.pid),
    );
    // A file under /_next/static skips proxy.ts (its matcher excludes /_next/) and page rendering, so
    // it shows how much of the gap to the static server is Next's per-request work on pages.
    const stylesheet = /href="(\/_next\/static\/[^"]+\.css)"/.exec(page.body.toString("utf8"))?.[1];
    if (stylesheet) {
      rows.push(
        await measure(
          `next start ${stylesheet} (no proxy)`,
          `${server.origin}${stylesheet}`,
          server.pid,
        ),
      );
    }
  } finally {
    await server.stop();
  }

  const htmlFile = path.join(workDir, "D3351.html");
  fs.writeFileSync(htmlFile, page.body);
  const staticServer = await startStaticServer(htmlFile);
  try {
    console.log(`Measuring the static server at ${staticServer.origin}…`);
    rows.push(
      await measure("node:http, same HTML bytes", `${staticServer.origin}/`, staticServer.pid),
    );
  } finally {
    await staticServer.stop();
  }

  const nextPage = rows[0];
  const staticPage = rows.at(-1);
  const ratio = nextPage!.result.requests.average / staticPage!.result.requests.average;
  const html = page.body.toString("utf8");
  const parts = describeHtml(html);
  const gzipSize = zlib.gzipSync(page.body, { level: 9 }).length;
  const cacheControl = String(page.headers["cache-control"] ?? "(none)");
  const cdnCacheable =
    /s-maxage=[1-9]|public.*max-age=[1-9]/.test(cacheControl) &&
    !/no-store|private/.test(cacheControl);

  const section = [
    `## ${machine.date} — load benchmark (next start vs static)`,
    "",
    machineLine(machine),
    endLoadNote(),
    "",
    `Build in .bench-next with the normal content: ${buildNote}. autocannon ${duration} s per target, ${connections} connections, after a 2 s warm-up; load generator and server share the machine. Requests carry no Accept-Encoding, so both servers send the same uncompressed bytes.`,
    "",
    markdownTable(
      [
        "Target",
        "req/s (mean)",
        "bytes per response",
        "p50",
        "p99",
        "errors / non-2xx",
        "server RSS before → after",
      ],
      rows.map(row),
    ),
    "",
    `next start serves the code page at ${(ratio * 100).toFixed(1)} % of the static server's rate (${ratio.toFixed(3)}×; the static server is ${(1 / ratio).toFixed(1)}× faster).`,
    "",
    markdownTable(
      ["Check on " + CODE_PATH, "Result"],
      [
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
          ["x-nextjs-cache", "x-nextjs-prerender", "vary", "last-modified"]
            .map((name) => `${name}: ${page.headers[name] ?? "—"}`)
            .join("; "),
        ],
        [
          "Compression",
          `${gzipped.headers["content-encoding"] ?? "none"} when asked for gzip/br: ${formatBytes(gzipped.body.length)} on the wire`,
        ],
        [
          "HTML size",
          `${formatBytes(page.body.length)} (${formatBytes(gzipSize)} gzip -9); inline ${parts.inlineDataLabel} ${formatBytes(parts.inlineData)} = ${((parts.inlineData / page.body.length) * 100).toFixed(0)} %; JSON-LD ${formatBytes(parts.jsonLd)}`,
        ],
        ["Search API Cache-Control", `\`${String(searchHeaders["cache-control"] ?? "(none)")}\``],
      ],
    ),
  ].join("\n");

  console.log(`\n${section}\n`);
  if (!values["no-record"]) {
    await recordResult(section);
    console.log("Recorded in docs/benchmarks.md.");
  }
}

await runInWorkDir("load", main);
