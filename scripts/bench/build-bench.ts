/**
 * `npm run bench [-- --records N]`: generates N code records (default 20,000) into a temporary content
 * folder, measures search latency at that size, then runs `next build` against it into .bench-next and
 * reports build time, ms per page, peak memory and output size. Results go to docs/benchmarks.md.
 *
 * `npm run bench -- --real` builds the real site instead, beside the framework's floor (real-site.ts).
 *
 * Options: --records N, --timeout-minutes M (default 40; the build is stopped and the timeout recorded),
 * --no-build (generate and search only), --keep (keep the generated content), --no-record (print only).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";

import { generateContent } from "./generate-records";
import {
  BENCH_DIST_DIR,
  DEFAULT_CONTENT_DIR,
  PROJECT_ROOT,
  measureOutput,
  runNextBuild,
  type BuildRun,
  type OutputStats,
} from "./next-build";
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
import { runRealSiteBench } from "./real-site";
import { runSearchBench, type SearchBenchResult } from "./search-latency";

// The shared reference data sits next to the project, as ../shared/data (see its README).
const HCPCS_FILE = path.resolve(
  PROJECT_ROOT,
  "../shared/data/cms/hcpcs2020/HCPC2020_ANWEB_w_disclaimer.txt",
);
const TARGET_MS_PER_PAGE = 5;
const TARGET_PEAK_BYTES = 2 * 1024 ** 3;
const TARGET_SEARCH_P95_MS = 5;

const { values } = parseArgs({
  options: {
    records: { type: "string", default: "20000" },
    "timeout-minutes": { type: "string", default: "40" },
    "no-build": { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
    "no-record": { type: "boolean", default: false },
    "hcpcs-file": { type: "string", default: HCPCS_FILE },
    real: { type: "boolean", default: false },
  },
});

const records = Number.parseInt(values.records, 10);
if (!Number.isInteger(records) || records < 10)
  throw new Error(`--records must be a whole number ≥ 10, got "${values.records}"`);
const timeoutMs = Number(values["timeout-minutes"]) * 60_000;

function searchTable(search: SearchBenchResult): string {
  const rows = [["all queries", search.overall], ...Object.entries(search.byKind)] as const;
  return markdownTable(
    ["Queries", "n", "p50", "p95", "p99", "max"],
    rows.map(([label, stats]) => [
      label,
      stats.count,
      formatMs(stats.p50, 2),
      formatMs(stats.p95, 2),
      formatMs(stats.p99, 2),
      formatMs(stats.max, 2),
    ]),
  );
}

function buildTable(build: BuildRun, output: OutputStats): string {
  const pages = output.htmlFiles;
  const msPerPage = pages > 0 ? build.wallMs / pages : undefined;
  const rows: (string | number)[][] = [
    [
      "Build result",
      build.ok
        ? "succeeded"
        : build.timedOut
          ? `stopped after the ${values["timeout-minutes"]}-minute timeout`
          : `failed (exit ${build.exitCode ?? build.signal})`,
      "",
    ],
    ["Total build time (wall)", formatMs(build.wallMs), ""],
    [
      "Prerendered HTML pages",
      pages.toLocaleString("en-US"),
      build.ok
        ? `Next reported ${build.staticPagesReported?.toLocaleString("en-US") ?? "n/a"} static pages (every prerendered route: HTML pages, Open Graph images, route handlers)`
        : `stopped at ${build.staticPagesDone?.toLocaleString("en-US") ?? "?"} of ${build.staticPagesReported?.toLocaleString("en-US") ?? "?"} static pages Next planned`,
    ],
    [
      "ms per page (build ÷ HTML pages)",
      msPerPage === undefined ? "n/a" : `${msPerPage.toFixed(2)} ms`,
      `target ≤ ${TARGET_MS_PER_PAGE} ms: ${verdict(msPerPage === undefined ? undefined : msPerPage <= TARGET_MS_PER_PAGE)}`,
    ],
    [
      "Peak RSS, whole build process tree",
      formatBytes(build.memory.totalBytes),
      `target ≤ 2 GB: ${verdict(build.memory.totalBytes <= TARGET_PEAK_BYTES)}; largest single process ${formatBytes(build.memory.largestBytes)}; up to ${build.memory.processes} processes; ${build.memory.samples} samples at 250 ms`,
    ],
    [
      `Output (${BENCH_DIST_DIR}/server/app and server/pages)`,
      `${formatBytes(output.bytes)} in ${output.files.toLocaleString("en-US")} files`,
      `HTML ${formatBytes(output.htmlBytes)}; navigation data ${formatBytes(output.dataBytes)} in ${output.dataFiles.toLocaleString("en-US")} .rsc and .json files`,
    ],
    [
      "Output per page",
      pages > 0
        ? `${formatBytes(output.bytes / pages)}, ${(output.files / pages).toFixed(1)} files`
        : "n/a",
      "",
    ],
    [
      "Median code page",
      `HTML ${formatBytes(output.medianCodePageHtml)}`,
      `all of its files (.html, .json, .meta): ${formatBytes(output.medianCodePageTotal)}`,
    ],
    [
      "Largest HTML pages",
      output.largestHtml.map((entry) => `${entry.file} ${formatBytes(entry.bytes)}`).join("; ") ||
        "n/a",
      "",
    ],
  ];
  return markdownTable(["Measure", "Value", "Notes"], rows);
}

function phaseTable(build: BuildRun): string {
  return markdownTable(
    ["Build phase (from Next's progress lines)", "Starts at", "Duration", "Share"],
    build.phases.map((phase) => [
      phase.phase,
      formatMs(phase.startMs),
      formatMs(phase.durationMs),
      `${((phase.durationMs / build.wallMs) * 100).toFixed(0)} %`,
    ]),
  );
}

async function main(workDir: string) {
  const machine = describeMachine();
  const contentDir = path.join(workDir, "content");
  const logFile = path.join(workDir, "next-build.log");
  console.log(`Generating ${records.toLocaleString("en-US")} records into ${contentDir}…`);

  const generateStart = performance.now();
  const summary = generateContent({
    records,
    targetDir: contentDir,
    sourceDir: DEFAULT_CONTENT_DIR,
    hcpcsFile: values["hcpcs-file"],
  });
  const generateMs = performance.now() - generateStart;
  console.log(
    `  ${summary.total} records (${summary.fromHcpcs} from HCPCS of ${summary.hcpcsUsable} usable, ${summary.hcpcsSkipped} skipped; ${summary.synthetic} synthetic) in ${formatMs(generateMs)}`,
  );
  console.log(
    `  by system: ${JSON.stringify(summary.bySystem)}; averages per record: ${JSON.stringify(summary.averages)}`,
  );

  // The loader and the search index read CONTENT_DIR when first called.
  process.env.CONTENT_DIR = contentDir;
  console.log("Measuring search latency…");
  const search = runSearchBench(summary.material);
  console.log(searchTable(search));

  let buildSection = "Build skipped (--no-build).";
  let build: BuildRun | undefined;
  if (!values["no-build"]) {
    console.log(
      `Running next build (CONTENT_DIR=${contentDir}, NEXT_DIST_DIR=${BENCH_DIST_DIR}); log: ${logFile}`,
    );
    build = await runNextBuild({ contentDir, logFile, timeoutMs, echo: true });
    const output = measureOutput();
    buildSection = [buildTable(build, output), "", phaseTable(build)].join("\n");
    if (!build.ok) {
      buildSection += `\n\nLast lines of the build log:\n\n\`\`\`text\n${build.logTail.split("\n").slice(-15).join("\n")}\n\`\`\``;
    }
  }

  const section = [
    `## ${machine.date} — ${values["no-build"] ? "search benchmark (build skipped)" : "build benchmark"}, ${summary.total.toLocaleString("en-US")} records`,
    "",
    machineLine(machine),
    endLoadNote(),
    "",
    `Content: ${summary.fromHcpcs.toLocaleString("en-US")} HCPCS Level II codes from the CMS 2020 file (${summary.hcpcsSkipped} skipped as not matching the code pattern or a category) and ${summary.synthetic.toLocaleString("en-US")} synthetic CPT/CDT-shaped records; by system ${Object.entries(
      summary.bySystem,
    )
      .map(([system, count]) => `${system} ${count.toLocaleString("en-US")}`)
      .join(
        ", ",
      )}. Per record on average: ${summary.averages.bodyWords} body words, ${summary.averages.synonyms} synonyms, ${summary.averages.related} related codes, ${summary.averages.faq} FAQ entries, ${formatBytes(summary.averages.bytes)} of Markdown. Generated in ${formatMs(generateMs)}.`,
    "",
    buildSection,
    "",
    `Search at this size: loading and validating the content took ${formatMs(search.loadMs)}, building the index ${formatMs(search.indexMs)}; ${search.overall.count} queries, ${search.emptyResults} with no result. Target p95 ≤ ${TARGET_SEARCH_P95_MS} ms: ${verdict(search.overall.p95 <= TARGET_SEARCH_P95_MS)}.`,
    "",
    searchTable(search),
    "",
    `Slowest queries: ${search.slowest.map((entry) => `\`${entry.query}\` (${entry.kind}, ${formatMs(entry.ms, 1)}, ${entry.hits} hits)`).join("; ")}.`,
  ].join("\n");

  console.log(`\n${section}\n`);
  if (!values["no-record"]) {
    await recordResult(section);
    console.log("Recorded in docs/benchmarks.md.");
  }
  console.log(`Build log: ${logFile}`);
  if (build && !build.ok) process.exitCode = 1;
}

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "codeatlas-bench-"));
try {
  if (values.real) {
    const { section, ok } = await runRealSiteBench(workDir, timeoutMs);
    console.log(`\n${section}\n`);
    if (!values["no-record"]) await recordResult(section);
    if (!ok) process.exitCode = 1;
  } else {
    await main(workDir);
  }
} finally {
  // The generated records are tens of megabytes; the build log next to them is kept for reading.
  if (values.keep) console.log(`Kept the generated content in ${path.join(workDir, "content")}.`);
  else fs.rmSync(path.join(workDir, "content"), { recursive: true, force: true });
}
