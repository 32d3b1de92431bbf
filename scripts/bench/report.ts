/**
 * Formatting and the results file. docs/benchmarks.md keeps every run: new sections go directly under the
 * marker line, so the newest result is always first and history is never rewritten.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import * as prettier from "prettier";

import { PROJECT_ROOT } from "./next-build";

export const RESULTS_FILE = path.join(PROJECT_ROOT, "docs", "benchmarks.md");
const MARKER = "<!-- results: newest first; scripts/bench/*.ts insert new runs below this line -->";

const HEADER = `# Benchmarks

Measured by the scripts in \`scripts/bench/\`; each run inserts its section below, newest first. Numbers
depend on the machine and on what else was running, so every section names both.

| Command | What it measures |
| --- | --- |
| \`npm run bench\` (\`-- --records 2000\` for a quick run) | \`next build\` of a generated content set: build time, ms per page, peak memory, output size; search latency at that size |
| \`npm run bench:load\` | the production server (\`server.ts\`) under autocannon at 10, 50 and 200 connections (code page through the fast path and through Next.js, search API) against a static server of the same bytes; CDN cache headers |
| \`npm run lighthouse\` | Lighthouse 12 (mobile) scores for /, a code page and search; the site's own client JavaScript |

Targets: ≤ 5 ms per page, ≤ 2 GB peak build memory, search p95 ≤ 5 ms; Lighthouse accessibility, best
practices and SEO 100, performance ≥ 95; own JavaScript on a code page ≤ 15 KB gzipped.

Reading the numbers:

- Bench content: about a third are real HCPCS Level II codes with their public-domain CMS descriptions, the
  rest synthetic CPT/CDT-shaped records with templated prose of the same length as the hand-written ones.
  Synthetic codes have no fee-schedule rows, so their pages have no RVU section; the templates repeat common
  words ("service", "patient") more than real prose does, which makes text search for those words slower.
- The build is \`next build\` into \`.bench-next\`; "ms per page" divides the whole wall time (compile and type
  check included) by the prerendered HTML files. Peak memory is the RSS summed over the build's process tree.
- The machine is shared: other builds and dev servers may be running. Each run records the load average at
  its start and end; on 2 cores, a load far above 2 means the numbers are pessimistic.

${MARKER}
`;

export interface Machine {
  cpu: string;
  cores: number;
  ramGb: number;
  node: string;
  next: string;
  date: string;
  loadAverage: string;
}

export function describeMachine(): Machine {
  const cpus = os.cpus();
  const nextPackage = JSON.parse(
    fs.readFileSync(path.join(PROJECT_ROOT, "node_modules", "next", "package.json"), "utf8"),
  ) as { version: string };
  return {
    cpu: cpus[0]?.model.trim() ?? "unknown",
    cores: cpus.length,
    ramGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    next: nextPackage.version,
    date: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
    loadAverage: os
      .loadavg()
      .map((value) => value.toFixed(2))
      .join(" / "),
  };
}

export function machineLine(machine: Machine): string {
  return `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.ramGb} GB RAM; Node ${machine.node}; Next.js ${machine.next}; load average at start ${machine.loadAverage} (1/5/15 min).`;
}

/** Other work on the machine skews every number here, so each section also states the load at the end. */
export function endLoadNote(): string {
  const load = os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(" / ");
  return `Load average at the end of the run: ${load}; on ${os.cpus().length} cores anything well above ${os.cpus().length} means other work competed for the CPU.`;
}

export function markdownTable(headers: string[], rows: (string | number)[][]): string {
  return [
    `| ${headers.join(" | ")} |`,
    `| ${headers.map(() => "---").join(" | ")} |`,
    ...rows.map((row) => `| ${row.join(" | ")} |`),
  ].join("\n");
}

export function formatBytes(bytes: number | undefined): string {
  if (bytes === undefined || Number.isNaN(bytes)) return "n/a";
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} B`;
}

export function formatMs(ms: number | undefined, digits = 1): string {
  if (ms === undefined || Number.isNaN(ms)) return "n/a";
  if (ms >= 120_000) return `${(ms / 60_000).toFixed(1)} min`;
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  return `${ms.toFixed(digits)} ms`;
}

/** "✅" when the value meets the target, "❌" when not. */
export function verdict(ok: boolean | undefined): string {
  if (ok === undefined) return "n/a";
  return ok ? "✅ met" : "❌ missed";
}

/**
 * Inserts a section under the marker (creating the file with its header the first time), formatted with
 * the project's Prettier config so `npm run format:check` stays clean.
 */
export async function recordResult(section: string): Promise<void> {
  const existing = fs.existsSync(RESULTS_FILE) ? fs.readFileSync(RESULTS_FILE, "utf8") : HEADER;
  const text = existing.includes(MARKER) ? existing : `${existing.trimEnd()}\n\n${MARKER}\n`;
  const at = text.indexOf(MARKER) + MARKER.length;
  const updated = `${text.slice(0, at)}\n\n${section.trim()}\n${text.slice(at).replace(/^\n*/, "\n")}`;
  const options = (await prettier.resolveConfig(RESULTS_FILE)) ?? {};
  fs.mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
  fs.writeFileSync(
    RESULTS_FILE,
    await prettier.format(updated, { ...options, filepath: RESULTS_FILE }),
  );
}
