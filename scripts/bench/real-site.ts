/**
 * `npm run bench -- --real`: builds the real site (every code a reader can look up, from `content/`) and
 * the framework's floor (scripts/bench/floor.ts, as many trivial Pages Router pages) one after the other
 * in the same run, and reports the site's cost per page as a multiple of the floor's, its peak memory,
 * the size of its reference pages and search latency over every code.
 */
import fs from "node:fs";
import path from "node:path";

import { getAllCodeEntries } from "@/lib/code-index";
import { getAllCodes } from "@/lib/content";

import { FLOOR_DIR, writeFloorProject } from "./floor";
import {
  BENCH_DIST_PATH,
  DEFAULT_CONTENT_DIR,
  measureOutput,
  runNextBuild,
  type BuildRun,
} from "./next-build";
import {
  describeMachine,
  endLoadNote,
  formatBytes,
  formatMs,
  machineLine,
  markdownTable,
  verdict,
} from "./report";
import { runSearchBench, type SearchBenchResult } from "./search-latency";

const TARGET_RATIO = 3;
const TARGET_PEAK_BYTES = 1.5 * 1024 ** 3;
const TARGET_REFERENCE_HTML = 40 * 1024;
const TARGET_SEARCH_P95_MS = 5;

function generateMs(build: BuildRun): number | undefined {
  return build.phases.find((phase) => phase.phase === "generate static pages")?.durationMs;
}

/** The HTML size of every reference and deleted code page in the real build, largest first. */
function referencePageSizes(): { code: string; bytes: number }[] {
  const dir = path.join(BENCH_DIST_PATH, "server", "pages", "codes");
  return getAllCodeEntries()
    .filter((entry) => entry.kind !== "curated")
    .flatMap((entry) => {
      const file = path.join(dir, `${entry.code}.html`);
      return fs.existsSync(file) ? [{ code: entry.code, bytes: fs.statSync(file).size }] : [];
    })
    .sort((a, b) => b.bytes - a.bytes);
}

function buildRow(label: string, build: BuildRun, pages: number): (string | number)[] {
  const generate = generateMs(build);
  return [
    label,
    build.ok ? "succeeded" : `failed (exit ${build.exitCode ?? build.signal})`,
    pages.toLocaleString("en-US"),
    formatMs(build.wallMs),
    `${(build.wallMs / pages).toFixed(2)} ms`,
    generate === undefined ? "n/a" : formatMs(generate),
    generate === undefined ? "n/a" : `${(generate / pages).toFixed(2)} ms`,
    formatBytes(build.memory.totalBytes),
  ];
}

export interface RealSiteBench {
  section: string;
  ok: boolean;
}

export async function runRealSiteBench(workDir: string, timeoutMs: number): Promise<RealSiteBench> {
  const machine = describeMachine();
  process.env.CONTENT_DIR = DEFAULT_CONTENT_DIR;
  const entries = getAllCodeEntries();
  console.log(`Real site: ${entries.length.toLocaleString("en-US")} codes with a page.`);

  console.log("Measuring search latency over every code…");
  const material = [
    ...getAllCodes().map(({ code, name, synonyms }) => ({ code, name, synonyms })),
    ...entries
      .filter((entry) => entry.kind !== "curated")
      .map((entry) => ({ code: entry.code, name: entry.name ?? "", synonyms: [] })),
  ];
  const search: SearchBenchResult = runSearchBench(material, { everyCode: true });

  console.log("Building the real site…");
  const site = await runNextBuild({
    contentDir: DEFAULT_CONTENT_DIR,
    logFile: path.join(workDir, "next-build-site.log"),
    timeoutMs,
    echo: true,
  });
  const output = measureOutput();
  const pages = output.htmlFiles;
  const references = referencePageSizes();

  console.log(`Building the floor: ${pages.toLocaleString("en-US")} trivial Pages Router pages…`);
  const floor = await runNextBuild({
    contentDir: DEFAULT_CONTENT_DIR,
    logFile: path.join(workDir, "next-build-floor.log"),
    timeoutMs,
    echo: false,
    projectDir: writeFloorProject(pages),
  });
  fs.rmSync(FLOOR_DIR, { recursive: true, force: true });

  const siteGenerate = generateMs(site);
  const floorGenerate = generateMs(floor);
  const ratio =
    siteGenerate !== undefined && floorGenerate ? siteGenerate / floorGenerate : undefined;
  const wallRatio = site.wallMs / floor.wallMs;
  const largest = references[0];
  const section = [
    `## ${machine.date} — real site benchmark, ${pages.toLocaleString("en-US")} pages`,
    "",
    machineLine(machine),
    endLoadNote(),
    "",
    `The real \`content/\`: ${getAllCodes().length} curated records and ${references.length.toLocaleString("en-US")} reference and deleted code pages, plus listings. The floor is ${pages.toLocaleString("en-US")} pages of one trivial Pages Router route (scripts/bench/floor.ts), built right after it.`,
    "",
    markdownTable(
      [
        "Build",
        "Result",
        "HTML pages",
        "Wall",
        "Wall per page",
        "Generating static pages",
        "Per page",
        "Peak RSS (tree)",
      ],
      [buildRow("real site", site, pages), buildRow("floor", floor, pages)],
    ),
    "",
    `- Cost per page, generating static pages: **${ratio === undefined ? "n/a" : `${ratio.toFixed(2)}×`}** the floor (target ≤ ${TARGET_RATIO}×: ${verdict(ratio === undefined ? undefined : ratio <= TARGET_RATIO)}); whole build, wall: ${wallRatio.toFixed(2)}× (the site also compiles its own code and bundles its islands).`,
    `- Peak memory of the site's build process tree: ${formatBytes(site.memory.totalBytes)} (target ≤ 1.5 GB: ${verdict(site.memory.totalBytes <= TARGET_PEAK_BYTES)}); largest single process ${formatBytes(site.memory.largestBytes)}.`,
    `- Largest reference page: ${largest ? `${largest.code} ${formatBytes(largest.bytes)}` : "n/a"} (target ≤ 40 KB: ${verdict(largest ? largest.bytes <= TARGET_REFERENCE_HTML : undefined)}); median ${formatBytes(references[Math.floor(references.length / 2)]?.bytes)}.`,
    `- Search over every code: p95 ${formatMs(search.overall.p95, 2)} over ${search.overall.count} queries (target ≤ ${TARGET_SEARCH_P95_MS} ms: ${verdict(search.overall.p95 <= TARGET_SEARCH_P95_MS)}); index built in ${formatMs(search.indexMs)}.`,
  ].join("\n");
  return { section, ok: site.ok && floor.ok };
}
