/**
 * `npm run lighthouse`: Lighthouse 12 (mobile form factor, simulated throttling) against the production
 * server (server.ts, as `npm start` runs it) of the build in .bench-next, with Debian's Chromium. Reports the four category scores for the home
 * page, a code page, a search results page, a category listing and the calculator; the code page's script
 * (own code, and whether any framework chunk loads) and its HTML size.
 * Results go to docs/benchmarks.md.
 *
 * Options: --runs N (default 3; the median score of the runs is reported), --no-rebuild, --no-record.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { parseArgs } from "node:util";

import lighthouse, { type Result } from "lighthouse";

import { ensureNormalBuild } from "./next-build";
import { findFreePort, startProductionServer } from "./next-server";
import { fetchScriptOrigins, type ScriptOrigins } from "./script-origins";
import {
  describeMachine,
  formatBytes,
  formatMs,
  endLoadNote,
  machineLine,
  markdownTable,
  recordResult,
  verdict,
} from "./report";
import { runInWorkDir } from "./work-dir";

const CHROMIUM = "/usr/bin/chromium";
const CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu"];
const PAGES = [
  "/",
  "/codes/D3351",
  "/search?q=root+canal",
  "/codes/cdt/endodontics",
  "/calculator",
  "/log",
];
/**
 * Performance target of every page measured: 95, because none of them ships a framework runtime any more
 * (docs/islands.md; the calculator and the wRVU log run on Preact islands); the issue asks 90 of a page
 * that needs one.
 */
const PERFORMANCE_TARGET = 95;
/** The code page's blocking time and largest paint, medians (issue #16). */
const CODE_PAGE_TBT_TARGET_MS = 200;
const CODE_PAGE_LCP_TARGET_MS = 1500;
const HTML_TARGET_BYTES = 45 * 1024;
/** The code page's own bundle (docs/islands.md): all of it is ours, and it has no source map. */
const ISLAND_SCRIPT = /^\/islands\/[\w-]+\.js$/;
/**
 * Search results and the calculator are deliberately kept out of indexes (noindex, and disallowed in robots.txt), which
 * Lighthouse's "is-crawlable" audit marks down by design. On that page the SEO target is that no other
 * SEO audit fails.
 */
const NOINDEX_PAGES = new Set(["/search?q=root+canal", "/calculator"]);
const NOINDEX_AUDIT = "is-crawlable";
const CODE_PAGE = "/codes/D3351";
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const OWN_JS_TARGET_BYTES = 10 * 1024;
const PAGES_ROUTER_MANIFEST = /^\/_next\/static\/[^/]+\/_(build|ssg|clientMiddleware)Manifest\.js$/;

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    "no-rebuild": { type: "boolean", default: false },
    "no-record": { type: "boolean", default: false },
  },
});
const runs = Math.max(1, Number.parseInt(values.runs, 10) || 1);

async function launchChromium(userDataDir: string) {
  const port = await findFreePort();
  const child = spawn(
    CHROMIUM,
    [
      ...CHROME_FLAGS,
      `--remote-debugging-port=${port}`,
      `--user-data-dir=${userDataDir}`,
      "--no-first-run",
      "--no-default-browser-check",
      "about:blank",
    ],
    {
      stdio: "ignore",
      detached: true,
    },
  );
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/json/version`);
      if (response.ok) break;
    } catch {
      // Not up yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    port,
    stop() {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // Already gone.
      }
    },
  };
}

interface NetworkItem {
  url: string;
  resourceType?: string;
  transferSize?: number;
  resourceSize?: number;
}

interface PageResult {
  path: string;
  scores: Record<string, number[]>;
  metrics: Record<string, number[]>;
  failing: Set<string>;
  /** Ids of SEO audits below full marks in any run. */
  failingSeo: Set<string>;
  benchmarkIndex: number[];
  scripts?: { url: string; transferSize: number; resourceSize: number }[];
}

function median(numbers: number[]): number {
  const sorted = [...numbers].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const METRICS: Record<string, string> = {
  "first-contentful-paint": "FCP",
  "largest-contentful-paint": "LCP",
  "total-blocking-time": "TBT",
  "cumulative-layout-shift": "CLS",
  "speed-index": "SI",
};

/** The first offending items of a failed audit (console message, element snippet), for the report. */
function describeItems(details: unknown): string {
  const items = (details as { items?: Record<string, unknown>[] } | undefined)?.items ?? [];
  const texts = items.slice(0, 2).map((item) => {
    const node = item.node as { snippet?: string } | undefined;
    const location = (item.sourceLocation as { url?: string } | undefined)?.url;
    const described =
      typeof item.description === "string" && location
        ? `${item.description} (${location})`
        : item.description;
    const text = node?.snippet ?? described ?? item.source ?? item.url;
    return typeof text === "string"
      ? `\`${text.replace(/\s+/g, " ").replace(/`/g, "'").slice(0, 200)}\``
      : "";
  });
  const shown = texts.filter(Boolean);
  return shown.length > 0 ? `: ${shown.join("; ")}` : "";
}

function collect(target: PageResult, lhr: Result, origin: string) {
  for (const category of CATEGORIES) {
    const score = lhr.categories[category]?.score;
    (target.scores[category] ??= []).push(
      score === null || score === undefined ? Number.NaN : Math.round(score * 100),
    );
  }
  for (const id of Object.keys(METRICS)) {
    const value = lhr.audits[id]?.numericValue;
    if (value !== undefined) (target.metrics[id] ??= []).push(value);
  }
  target.benchmarkIndex.push(lhr.environment.benchmarkIndex);
  for (const category of CATEGORIES.filter((name) => name !== "performance")) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1 && category === "seo")
        target.failingSeo.add(audit.id);
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1)
        target.failing.add(
          `${category}: ${audit.id} (${audit.title})${describeItems(audit.details)}`,
        );
    }
  }
  if (target.path === CODE_PAGE && !target.scripts) {
    const details = lhr.audits["network-requests"]?.details as
      { items?: NetworkItem[] } | undefined;
    target.scripts = (details?.items ?? [])
      .filter((item) => item.resourceType === "Script" && item.url.startsWith(origin))
      .map((item) => ({
        url: item.url,
        transferSize: item.transferSize ?? 0,
        resourceSize: item.resourceSize ?? 0,
      }));
  }
}

async function main(workDir: string) {
  const machine = describeMachine();
  const buildNote = await ensureNormalBuild(path.join(workDir, "next-build.log"), {
    rebuildStale: !values["no-rebuild"],
  });
  console.log(`Build: ${buildNote}`);

  const server = await startProductionServer(path.join(workDir, "next-start.log"));
  const chromium = await launchChromium(path.join(workDir, "chromium-profile"));
  const originsByUrl = new Map<string, ScriptOrigins>();
  let codePageHtmlBytes = 0;
  const results: PageResult[] = PAGES.map((page) => ({
    path: page,
    scores: {},
    metrics: {},
    failing: new Set(),
    failingSeo: new Set(),
    benchmarkIndex: [],
  }));
  try {
    for (let run = 1; run <= runs; run += 1) {
      for (const result of results) {
        console.log(`  run ${run}/${runs}: ${result.path}`);
        const outcome = await lighthouse(`${server.origin}${result.path}`, {
          port: chromium.port,
          output: "json",
          logLevel: "error",
          formFactor: "mobile",
          onlyCategories: [...CATEGORIES],
        });
        if (!outcome) throw new Error(`Lighthouse returned nothing for ${result.path}`);
        if (outcome.lhr.runtimeError)
          throw new Error(
            `Lighthouse failed on ${result.path}: ${outcome.lhr.runtimeError.message}`,
          );
        collect(result, outcome.lhr, server.origin);
      }
    }
    const codePage = results.find((result) => result.path === CODE_PAGE)!;
    for (const script of codePage.scripts ?? []) {
      if (ISLAND_SCRIPT.test(new URL(script.url).pathname)) {
        originsByUrl.set(script.url, {
          ownBytes: script.resourceSize,
          ownGzipBytes: script.transferSize,
          otherBytes: 0,
        });
        continue;
      }
      const origins = await fetchScriptOrigins(script.url);
      if (origins) originsByUrl.set(script.url, origins);
      // The Pages Router's generated route manifests have no source map and no code of ours.
      else if (PAGES_ROUTER_MANIFEST.test(new URL(script.url).pathname))
        originsByUrl.set(script.url, {
          ownBytes: 0,
          ownGzipBytes: 0,
          otherBytes: script.resourceSize,
        });
      else throw new Error(`No source map for ${script.url}: was .bench-next built with them?`);
    }
    codePageHtmlBytes = Buffer.byteLength(
      await (await fetch(`${server.origin}${CODE_PAGE}`)).text(),
    );
  } finally {
    chromium.stop();
    await server.stop();
  }

  const scoreCell = (values: number[] | undefined, target: number) => {
    if (!values || values.length === 0) return "n/a";
    const middle = median(values);
    const range = values.length > 1 ? ` (${Math.min(...values)}–${Math.max(...values)})` : "";
    return `${middle}${range} ${middle >= target ? "✅" : "❌"}`;
  };
  const noindexSeoCell = (result: PageResult) => {
    const others = [...result.failingSeo].filter((id) => id !== NOINDEX_AUDIT);
    const ok = result.failingSeo.has(NOINDEX_AUDIT) && others.length === 0;
    return `${median(result.scores.seo ?? [])} ${ok ? "✅" : "❌"} noindex by design; ${ok ? `only "${NOINDEX_AUDIT}" below full marks` : `also failing: ${others.join(", ") || `"${NOINDEX_AUDIT}" passed, so the page is indexable`}`}`;
  };
  const scoreTable = markdownTable(
    [
      "Page",
      `Performance (≥ ${PERFORMANCE_TARGET})`,
      "Accessibility (100)",
      "Best practices (100)",
      "SEO (100)",
      "FCP / LCP / TBT / CLS (median)",
    ],
    results.map((result) => [
      result.path,
      scoreCell(result.scores.performance, PERFORMANCE_TARGET),
      scoreCell(result.scores.accessibility, 100),
      scoreCell(result.scores["best-practices"], 100),
      NOINDEX_PAGES.has(result.path) ? noindexSeoCell(result) : scoreCell(result.scores.seo, 100),
      [
        formatMs(median(result.metrics["first-contentful-paint"] ?? [])),
        formatMs(median(result.metrics["largest-contentful-paint"] ?? [])),
        formatMs(median(result.metrics["total-blocking-time"] ?? [])),
        median(result.metrics["cumulative-layout-shift"] ?? []).toFixed(3),
      ].join(" / "),
    ]),
  );

  const scripts = (results.find((result) => result.path === CODE_PAGE)?.scripts ?? []).map(
    (script) => ({ ...script, origins: originsByUrl.get(script.url)! }),
  );
  const ownGzip = scripts.reduce((sum, script) => sum + script.origins.ownGzipBytes, 0);
  const ownRaw = scripts.reduce((sum, script) => sum + script.origins.ownBytes, 0);
  const transferred = scripts.reduce((sum, script) => sum + script.transferSize, 0);
  const frameworkScripts = scripts.filter((script) =>
    new URL(script.url).pathname.startsWith("/_next/"),
  );
  const scriptTable = markdownTable(
    [
      "Script on " + CODE_PAGE,
      "Transferred (gzip)",
      "Uncompressed",
      "Own code in it",
      "Own code, gzipped alone",
    ],
    scripts.map((script) => [
      path.posix.basename(new URL(script.url).pathname),
      formatBytes(script.transferSize),
      formatBytes(script.resourceSize),
      formatBytes(script.origins.ownBytes),
      formatBytes(script.origins.ownGzipBytes),
    ]),
  );
  const failing = [
    ...new Set(
      results.flatMap((result) => [...result.failing].map((entry) => `${result.path} — ${entry}`)),
    ),
  ];

  const codePageMetrics = results.find((result) => result.path === CODE_PAGE)?.metrics ?? {};
  const codePageTbt = median(codePageMetrics["total-blocking-time"] ?? []);
  const codePageLcp = median(codePageMetrics["largest-contentful-paint"] ?? []);

  const section = [
    `## ${machine.date} — Lighthouse (mobile)`,
    "",
    machineLine(machine),
    endLoadNote(),
    "",
    `Lighthouse 12, ${CHROMIUM} (${CHROME_FLAGS.join(" ")}), mobile form factor with simulated throttling, median of ${runs} run${runs > 1 ? "s" : ""} (range in brackets). Build in .bench-next with the normal content: ${buildNote}. Lighthouse benchmark index of this machine: ${median(results.flatMap((result) => result.benchmarkIndex)).toFixed(0)}.`,
    "",
    scoreTable,
    "",
    `${CODE_PAGE}: total blocking time ${formatMs(codePageTbt)} (target ≤ ${CODE_PAGE_TBT_TARGET_MS} ms: ${verdict(codePageTbt <= CODE_PAGE_TBT_TARGET_MS)}), largest contentful paint ${formatMs(codePageLcp)} (target ≤ ${CODE_PAGE_LCP_TARGET_MS / 1000} s: ${verdict(codePageLcp <= CODE_PAGE_LCP_TARGET_MS)}), medians. Own client JavaScript on ${CODE_PAGE}: **${formatBytes(ownGzip)}** gzipped (${formatBytes(ownRaw)} uncompressed) of ${formatBytes(transferred)} of script transferred in ${scripts.length} files; target ≤ 10 KB: ${verdict(ownGzip <= OWN_JS_TARGET_BYTES)}. Framework scripts on it: ${frameworkScripts.length} (target none: ${verdict(frameworkScripts.length === 0)}). "Own" is the island bundle (docs/islands.md), plus every character the source maps trace to app/, components/, lib/ or pages/ in any framework chunk. HTML of ${CODE_PAGE}: ${formatBytes(codePageHtmlBytes)} uncompressed (target ≤ 45 KB: ${verdict(codePageHtmlBytes <= HTML_TARGET_BYTES)}).`,
    "",
    scriptTable,
    "",
    failing.length > 0
      ? `Audits below full marks in accessibility, best practices or SEO:\n\n${failing.map((entry) => `- ${entry}`).join("\n")}`
      : "No accessibility, best-practices or SEO audit below full marks.",
  ].join("\n");

  console.log(`\n${section}\n`);
  if (!values["no-record"]) {
    await recordResult(section);
    console.log("Recorded in docs/benchmarks.md.");
  }
}

await runInWorkDir("lighthouse", main);
