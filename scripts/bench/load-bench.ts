/**
 * `npm run bench:load`: the production server readers get (server.ts: Next.js behind the fast path, as
 * `npm start` runs it) under autocannon, side by side with a bare node:http server that returns the same
 * HTML bytes, at 10, 50 and 200 connections. Per level: a code page and the search API as the fast path
 * answers them, the same two through Next.js (a parameter the fast path does not take sends them there:
 * what `next start` alone did), and the static server. The 200-connection level holds for 30 s, and the
 * code page and the search API must come through it with no errors or timeouts and the server's memory
 * within 1.5× of what it was before. Also checks the headers a CDN needs (ETag and a 304 for
 * If-None-Match) and that the fast path answers as Next.js does.
 *
 * Uses the production build in .bench-next, building the normal content into it first when it is missing,
 * stale or made from other content. Results go to docs/benchmarks.md.
 *
 * Options: --duration S (default 10: seconds per target at every level but the last), --hold S (default
 * 30: seconds per target at the last level), --connections 10,50,200, --profile (CPU profiles of the
 * server at 50 connections, after the measured runs: scripts/bench/cpu-profile.cjs), --no-rebuild (reuse a
 * build whose sources changed since), --no-record (print only).
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

import autocannon, { type Result } from "autocannon";

import { formatProfileSummary, summarizeProfile, type CpuProfile } from "./cpu-profile-summary";
import { ensureNormalBuild, PROJECT_ROOT } from "./next-build";
import { startProductionServer, type RunningServer } from "./next-server";
import { pageCheckRows, samplePage } from "./page-checks";
import { answeredByFastPath, rawRequest } from "./raw-http";
import { readTreeMemory } from "./process-tree";
import {
  describeMachine,
  endLoadNote,
  formatBytes,
  machineLine,
  markdownTable,
  recordResult,
} from "./report";
import { startStaticServer } from "./static-server";
import { runInWorkDir } from "./work-dir";

const CODE_PATH = "/codes/D3351";
const SEARCH_PATH = "/api/search?q=root%20canal";

/** The targets: what is requested from which server. */
const TARGETS = {
  fastPath: { label: `fast path ${CODE_PATH}`, path: CODE_PATH },
  nextPath: { label: `Next.js ${CODE_PATH}?via=next`, path: `${CODE_PATH}?via=next` },
  search: { label: `fast path ${SEARCH_PATH}`, path: SEARCH_PATH },
  searchNext: { label: `Next.js ${SEARCH_PATH}&via=next`, path: `${SEARCH_PATH}&via=next` },
  static: { label: "node:http, same HTML bytes", path: "/" },
} as const;
type TargetName = keyof typeof TARGETS;

/** What the production server is measured on, at every level. */
const SERVER_TARGETS = ["fastPath", "nextPath", "search", "searchNext"] as const;
/** The two the hold test is about; the Next.js rows show what `next start` did. */
const HELD_TARGETS: readonly TargetName[] = ["fastPath", "search"];

/** The targets (#19): a quarter of the static rate; holding 200 connections without growing. */
const MIN_RATIO = 0.25;
const MAX_MEMORY_GROWTH = 1.5;
const AUTOCANNON_TIMEOUT_S = 10;

const { values } = parseArgs({
  options: {
    duration: { type: "string", default: "10" },
    hold: { type: "string", default: "30" },
    connections: { type: "string", default: "10,50,200" },
    profile: { type: "boolean", default: false },
    "no-rebuild": { type: "boolean", default: false },
    "no-record": { type: "boolean", default: false },
  },
});
const levels = values.connections.split(",").map(Number);
const holdLevel = Math.max(...levels);
const secondsAt = (level: number) => Number(level === holdLevel ? values.hold : values.duration);

interface LoadRow {
  level: number;
  target: TargetName;
  result: Result;
  rssBefore: number;
  rssAfter: number;
}

async function measure(
  target: TargetName,
  server: RunningServer,
  level: number,
  seconds = secondsAt(level),
): Promise<LoadRow> {
  const url = `${server.origin}${TARGETS[target].path}`;
  console.log(`  ${TARGETS[target].label}: ${level} connections for ${seconds} s…`);
  // A short warm-up so JIT compilation and first-request caches are not counted, and memory is measured
  // from the server's working state rather than from before it loaded the route.
  await autocannon({ url, connections: 2, duration: 2 });
  const rssBefore = readTreeMemory(server.pid).totalBytes;
  const result = await autocannon({
    url,
    connections: level,
    duration: seconds,
    timeout: AUTOCANNON_TIMEOUT_S,
  });
  return { level, target, result, rssBefore, rssAfter: readTreeMemory(server.pid).totalBytes };
}

/** CPU profiles of one run per target, at 50 connections (or the nearest level). */
async function profileRuns(server: RunningServer, profileFile: string): Promise<string[]> {
  const level = levels.reduce((best, each) =>
    Math.abs(each - 50) < Math.abs(best - 50) ? each : best,
  );
  const sections: string[] = [];
  for (const target of SERVER_TARGETS) {
    fs.rmSync(profileFile, { force: true });
    process.kill(server.pid, "SIGUSR2");
    const row = await measure(target, server, level, Number(values.duration));
    process.kill(server.pid, "SIGUSR2");
    for (let wait = 0; wait < 50 && !fs.existsSync(profileFile); wait += 1)
      await new Promise((resolve) => setTimeout(resolve, 100));
    const summary = summarizeProfile(
      JSON.parse(fs.readFileSync(profileFile, "utf8")) as CpuProfile,
    );
    sections.push(
      `#### ${TARGETS[target].label}, ${level} connections (${Math.round(row.result.requests.average).toLocaleString("en-US")} req/s while profiled; ${(summary.busyMs / 1000).toFixed(1)} s of CPU)`,
      "",
      formatProfileSummary(summary),
      "",
    );
  }
  return sections;
}

function row(entry: LoadRow): (string | number)[] {
  const { result } = entry;
  return [
    entry.level,
    TARGETS[entry.target].label,
    Math.round(result.requests.average).toLocaleString("en-US"),
    formatBytes(result.throughput.average / Math.max(1, result.requests.average)),
    `${result.latency.p50} ms`,
    `${result.latency.p99} ms`,
    `${result.errors} / ${result.timeouts} / ${result.non2xx}`,
    `${formatBytes(entry.rssBefore)} → ${formatBytes(entry.rssAfter)}`,
  ];
}

const rate = (rows: LoadRow[], level: number, target: TargetName) =>
  rows.find((entry) => entry.level === level && entry.target === target)?.result.requests.average ??
  Number.NaN;

function verdictRows(rows: LoadRow[]): string[][] {
  return levels.map((level) => {
    const ratio = rate(rows, level, "fastPath") / rate(rows, level, "static");
    const nextRatio = rate(rows, level, "nextPath") / rate(rows, level, "static");
    const searchGain = rate(rows, level, "search") / rate(rows, level, "searchNext");
    return [
      String(level),
      `**${ratio.toFixed(2)}×** ${ratio >= MIN_RATIO ? "✅" : "❌"}`,
      `${nextRatio.toFixed(3)}×`,
      `${(ratio / nextRatio).toFixed(1)}×`,
      `${searchGain.toFixed(1)}×`,
    ];
  });
}

function holdLines(rows: LoadRow[]): string[] {
  return rows
    .filter((entry) => entry.level === holdLevel && HELD_TARGETS.includes(entry.target))
    .map(({ target, result, rssBefore, rssAfter }) => {
      const clean = result.errors === 0 && result.timeouts === 0 && result.non2xx === 0;
      const growth = rssAfter / rssBefore;
      const ok = clean && growth <= MAX_MEMORY_GROWTH;
      return `- ${ok ? "✅" : "❌"} ${TARGETS[target].label}, ${holdLevel} connections for ${secondsAt(holdLevel)} s: ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx; p99 ${result.latency.p99} ms; server memory ${formatBytes(rssBefore)} → ${formatBytes(rssAfter)} (${growth.toFixed(2)}×, at most ${MAX_MEMORY_GROWTH}×).`;
    });
}

/**
 * Waits until the fast path answers the code page: in a build more than an hour old the page is stale,
 * so Next.js answers it and regenerates it first (docs/deploy.md, "Time-based regeneration"). Returns
 * the seconds that took, or undefined when it never did.
 */
async function untilFastPathAnswers(origin: string): Promise<number | undefined> {
  const start = performance.now();
  while (performance.now() - start < 30_000) {
    const answer = await rawRequest(`${origin}${CODE_PATH}`, { "accept-encoding": "gzip" });
    if (answeredByFastPath(answer)) return (performance.now() - start) / 1000;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return undefined;
}

function freshnessNote(fastPathAfter: number | undefined): string {
  if (fastPathAfter === undefined) return "; ❌ its fast path never answered the code page";
  if (fastPathAfter < 1) return "";
  return `; the code page was more than an hour old, so Next.js regenerated it before the fast path answered it (${fastPathAfter.toFixed(1)} s)`;
}

async function main(workDir: string) {
  const machine = describeMachine();
  const buildNote = await ensureNormalBuild(path.join(workDir, "next-build.log"), {
    rebuildStale: !values["no-rebuild"],
  });
  console.log(`Build: ${buildNote}`);

  const profileFile = path.join(workDir, "server.cpuprofile");
  const profiling = {
    NODE_OPTIONS: `--require ${path.join(PROJECT_ROOT, "scripts", "bench", "cpu-profile.cjs")}`,
    CODEATLAS_CPU_PROFILE: profileFile,
  };
  const server = await startProductionServer(
    path.join(workDir, "server.log"),
    values.profile ? profiling : {},
  );
  const startRss = readTreeMemory(server.pid).totalBytes;
  const fastPathAfter = await untilFastPathAnswers(server.origin);
  const rows: LoadRow[] = [];
  let checks: string[][];
  let profiles: string[] = [];
  try {
    const samples = await samplePage(server.origin, CODE_PATH, SEARCH_PATH);
    checks = pageCheckRows(samples);
    const htmlFile = path.join(workDir, "page.html");
    fs.writeFileSync(htmlFile, samples.page.body);
    const staticServer = await startStaticServer(htmlFile);
    try {
      for (const level of levels) {
        console.log(`${level} connections:`);
        // The two runs the ratio compares go back to back, so other work on the machine is more likely
        // to weigh on both alike.
        rows.push(await measure("fastPath", server, level));
        rows.push(await measure("static", staticServer, level));
        for (const target of SERVER_TARGETS.filter((name) => name !== "fastPath"))
          rows.push(await measure(target, server, level));
      }
    } finally {
      await staticServer.stop();
    }
    if (values.profile) profiles = await profileRuns(server, profileFile);
  } finally {
    await server.stop();
  }

  const section = [
    `## ${machine.date} — load benchmark (production server vs static)`,
    "",
    machineLine(machine),
    endLoadNote(),
    "",
    `Build in .bench-next with the normal content: ${buildNote}. The production server (server.ts, as \`npm start\` runs it) started at ${formatBytes(startRss)}${freshnessNote(fastPathAfter)}. autocannon ${values.duration} s per target (${values.hold} s at ${holdLevel} connections), each after a 2 s warm-up at 2 connections; server memory is the RSS of its process tree right after the warm-up and right after the run. Load generator and servers share the machine: one autocannon process drives every run, so where the fast path and the static server are both near its limit (8,000 to 9,000 requests a second on this machine), their ratio is close to 1 and moves with the noise. Requests carry no Accept-Encoding, so every server sends the same uncompressed page.`,
    "",
    markdownTable(
      [
        "Connections",
        "Target",
        "req/s (mean)",
        "bytes per response",
        "p50",
        "p99",
        "errors / timeouts / non-2xx",
        "server RSS before → after",
      ],
      rows.map(row),
    ),
    "",
    markdownTable(
      [
        "Connections",
        `Code page vs static (target ≥ ${MIN_RATIO}×)`,
        "Same page through Next.js vs static",
        "Code page: fast path vs Next.js",
        "Search: fast path vs Next.js",
      ],
      verdictRows(rows),
    ),
    "",
    ...holdLines(rows),
    "",
    markdownTable([`Check on ${CODE_PATH}`, "Result"], checks),
    ...(profiles.length > 0 ? ["", "### Where the server's CPU time goes", "", ...profiles] : []),
  ].join("\n");

  console.log(`\n${section}\n`);
  if (!values["no-record"]) {
    await recordResult(section);
    console.log("Recorded in docs/benchmarks.md.");
  }
}

await runInWorkDir("load", main);
