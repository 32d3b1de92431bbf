/**
 * Runs `next build` into the benchmark output folder and measures it: wall time, time per build phase (from
 * timestamps of Next's own progress lines), peak memory of the whole process tree and the output on disk.
 *
 * `next build` rewrites tsconfig.json (it adds `<distDir>/types/**` to `include`) and next-env.d.ts for
 * whatever distDir it builds into. Those edits belong to the benchmark folder, not to the project, so both
 * files are put back afterwards when the only change is that one.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";

import { BUILD_SOURCES, newestMtime } from "../build-sources.mjs";

import { sampleTreeMemory, type TreeMemory } from "./process-tree";

export const PROJECT_ROOT = path.resolve(import.meta.dirname, "..", "..");
export const BENCH_DIST_DIR = ".bench-next";
export const BENCH_DIST_PATH = path.join(PROJECT_ROOT, BENCH_DIST_DIR);
const BUILD_SCRIPT = path.join(PROJECT_ROOT, "scripts", "build.mjs");
export const DEFAULT_CONTENT_DIR = path.join(PROJECT_ROOT, "content");

/** Which content a build in BENCH_DIST_DIR was made from, so the load and Lighthouse runs can tell. */
const BUILD_MARKER = path.join(BENCH_DIST_PATH, "codeatlas-bench-build.json");

const PHASE_MARKERS: { phase: string; pattern: RegExp }[] = [
  { phase: "compile", pattern: /Creating an optimized production build/ },
  { phase: "typescript", pattern: /Running TypeScript/ },
  { phase: "collect page data", pattern: /Collecting page data/ },
  { phase: "generate static pages", pattern: /Generating static pages/ },
  { phase: "finalize", pattern: /Finalizing page optimization|Collecting build traces/ },
  { phase: "route table", pattern: /^Route \(app\)/ },
];

const COMPILE_MODE_DONE = /Build ran with "compile" mode/;

export interface BuildPhase {
  phase: string;
  startMs: number;
  durationMs: number;
}

export interface BuildRun {
  ok: boolean;
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  wallMs: number;
  memory: TreeMemory & { samples: number };
  phases: BuildPhase[];
  /** Next's own count from "Generating static pages (n/N)". */
  staticPagesReported: number | undefined;
  /** The last "(n/N)" progress seen, to show how far a stopped build got. */
  staticPagesDone: number | undefined;
  logFile: string;
  logTail: string;
}

const ANSI = /\u001b\[[0-9;]*m/g;

function snapshotGeneratedFiles() {
  const files = ["tsconfig.json", "next-env.d.ts"].map((name) => path.join(PROJECT_ROOT, name));
  const before = new Map(
    files.map((file) => [file, fs.existsSync(file) ? fs.readFileSync(file, "utf8") : undefined]),
  );
  return {
    /** Puts a file back only when Next's distDir edit is the sole difference, so nobody's work is lost. */
    restore(): string[] {
      const notes: string[] = [];
      for (const [file, original] of before) {
        if (original === undefined || !fs.existsSync(file)) continue;
        const now = fs.readFileSync(file, "utf8");
        if (now === original) continue;
        if (isOnlyDistDirEdit(path.basename(file), original, now)) {
          fs.writeFileSync(file, original);
          notes.push(`restored ${path.basename(file)} after next build's ${BENCH_DIST_DIR} edit`);
        } else {
          notes.push(
            `left ${path.basename(file)} alone: it changed in other ways during the build`,
          );
        }
      }
      return notes;
    },
  };
}

function isOnlyDistDirEdit(name: string, original: string, now: string): boolean {
  if (name === "next-env.d.ts") {
    // Next rewrites this generated file on every build and dev start; only our distDir must not stay in it.
    return now.includes(`./${BENCH_DIST_DIR}/`) && !original.includes(`./${BENCH_DIST_DIR}/`);
  }
  try {
    const strip = (text: string) => {
      const config = JSON.parse(text) as { include?: string[] };
      config.include = config.include?.filter((entry) => !entry.startsWith(`${BENCH_DIST_DIR}/`));
      return JSON.stringify(config);
    };
    return strip(now) === strip(original);
  } catch {
    return false;
  }
}

export interface RunBuildOptions {
  contentDir: string;
  logFile: string;
  timeoutMs: number;
  /** Echo Next's output while it runs. */
  echo?: boolean;
  /** Emit browser source maps (for the Lighthouse report's own-JavaScript figure); off for timed builds. */
  browserSourceMaps?: boolean;
  /**
   * Build another Next.js project instead of this site: the framework's floor (scripts/bench/floor.ts).
   * It keeps its own `.next`; this project's build output and marker are left alone.
   */
  projectDir?: string;
}

/** Deletes BENCH_DIST_DIR, then runs `next build` into it with the given content. */
export async function runNextBuild(options: RunBuildOptions): Promise<BuildRun> {
  const other = options.projectDir;
  fs.rmSync(other ? path.join(other, ".next") : BENCH_DIST_PATH, { recursive: true, force: true });
  const guard = snapshotGeneratedFiles();
  const log = fs.createWriteStream(options.logFile);
  // The same two-phase build as `npm run build` (scripts/build.mjs), so the bench measures what users run.
  const child = spawn(process.execPath, [BUILD_SCRIPT, ...(other ? [other] : [])], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      CONTENT_DIR: options.contentDir,
      NEXT_DIST_DIR: BENCH_DIST_DIR,
      NEXT_TELEMETRY_DISABLED: "1",
      NO_COLOR: "1",
      CODEATLAS_BROWSER_SOURCE_MAPS: options.browserSourceMaps ? "1" : "0",
    },
    // Own process group, so a timeout can stop the build and every worker it forked.
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const start = performance.now();
  const sampler = sampleTreeMemory(child.pid!);
  const seen = new Map<string, number>();
  let staticPagesReported: number | undefined;
  let staticPagesDone: number | undefined;
  const tail: string[] = [];

  const onLine = (raw: string) => {
    const line = raw.replace(ANSI, "");
    const at = performance.now() - start;
    log.write(`[${(at / 1000).toFixed(1).padStart(7)}s] ${line}\n`);
    if (options.echo && line.trim()) process.stdout.write(`  │ ${line}\n`);
    tail.push(line);
    if (tail.length > 40) tail.shift();
    // scripts/build.mjs builds in two processes. The compile process prints its own page-data and
    // finalize steps; the phases of the generate process are the ones that prerender, so those count.
    if (COMPILE_MODE_DONE.test(line)) {
      for (const phase of ["collect page data", "finalize", "route table"]) seen.delete(phase);
      seen.set("start generate process", at);
    }
    for (const { phase, pattern } of PHASE_MARKERS)
      if (pattern.test(line.trim()) && !seen.has(phase)) seen.set(phase, at);
    const generated = /Generating static pages.*\((\d+)\/(\d+)\)/.exec(line);
    if (generated) {
      staticPagesDone = Number(generated[1]);
      staticPagesReported = Number(generated[2]);
    }
  };
  for (const stream of [child.stdout, child.stderr]) {
    let buffer = "";
    stream.setEncoding("utf8");
    stream.on("data", (chunk: string) => {
      buffer += chunk;
      const lines = buffer.split(/\r?\n|\r/);
      buffer = lines.pop() ?? "";
      lines.forEach(onLine);
    });
    stream.on("end", () => buffer && onLine(buffer));
  }

  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      // Already gone.
    }
  }, options.timeoutMs);
  const stopOnSignal = () => {
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      // Already gone.
    }
  };
  process.once("SIGINT", stopOnSignal);

  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
    child.on("close", (code, sig) => resolve([code, sig])),
  );
  clearTimeout(timer);
  process.off("SIGINT", stopOnSignal);
  const wallMs = performance.now() - start;
  const memory = sampler.stop();
  for (const note of guard.restore()) log.write(`[bench] ${note}\n`);
  await new Promise<void>((resolve) => log.end(resolve));

  const ordered = [...seen.entries()].sort((a, b) => a[1] - b[1]);
  const phases = ordered.map(([phase, startMs], index) => ({
    phase,
    startMs,
    durationMs: (ordered[index + 1]?.[1] ?? wallMs) - startMs,
  }));
  const ok = exitCode === 0 && !timedOut;
  if (ok && !other)
    fs.writeFileSync(
      BUILD_MARKER,
      JSON.stringify({
        contentDir: path.resolve(options.contentDir),
        browserSourceMaps: options.browserSourceMaps === true,
        builtAt: new Date().toISOString(),
      }),
    );
  return {
    ok,
    exitCode,
    signal,
    timedOut,
    wallMs,
    memory,
    phases,
    staticPagesReported,
    staticPagesDone,
    logFile: options.logFile,
    logTail: tail.join("\n"),
  };
}

export interface OutputStats {
  files: number;
  bytes: number;
  htmlFiles: number;
  htmlBytes: number;
  /** What client-side navigation loads instead of HTML: App Router .rsc files and Pages Router .json. */
  dataFiles: number;
  dataBytes: number;
  /** The largest prerendered pages, which usually point at a listing that grows with the content. */
  largestHtml: { file: string; bytes: number }[];
  /** Median size of a prerendered code page (pages/codes/<CODE>.html). */
  medianCodePageHtml: number | undefined;
  /** Median bytes on disk per code page: its .html, .json and .meta together. */
  medianCodePageTotal: number | undefined;
}

function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * The two folders of prerendered output: server/app (App Router pages, with .rsc and .segments/) and
 * server/pages (Pages Router pages — code and code-system pages — with .json page data).
 */
const OUTPUT_ROOTS = ["app", "pages"] as const;

/** Prerendered files under BENCH_DIST_DIR/server: what a deployment of the site has to ship. */
export function measureOutput(): OutputStats {
  const server = path.join(BENCH_DIST_PATH, "server");
  const stats: OutputStats = {
    files: 0,
    bytes: 0,
    htmlFiles: 0,
    htmlBytes: 0,
    dataFiles: 0,
    dataBytes: 0,
    largestHtml: [],
    medianCodePageHtml: undefined,
    medianCodePageTotal: undefined,
  };
  const html: { file: string; bytes: number }[] = [];
  const walk = (dir: string, isPages: boolean) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(full, isPages);
        continue;
      }
      // server/pages also holds the compiled page modules; only prerendered output counts.
      if (isPages && /\.(js|map|nft\.json)$/.test(entry.name)) continue;
      const size = fs.statSync(full).size;
      stats.files += 1;
      stats.bytes += size;
      if (entry.name.endsWith(".html"))
        html.push({ file: path.relative(server, full), bytes: size });
      if (entry.name.endsWith(".rsc") || (isPages && entry.name.endsWith(".json"))) {
        stats.dataFiles += 1;
        stats.dataBytes += size;
      }
    }
  };
  for (const root of OUTPUT_ROOTS) {
    const dir = path.join(server, root);
    if (fs.existsSync(dir)) walk(dir, root === "pages");
  }
  stats.htmlFiles = html.length;
  stats.htmlBytes = html.reduce((sum, entry) => sum + entry.bytes, 0);
  stats.largestHtml = [...html].sort((a, b) => b.bytes - a.bytes).slice(0, 3);
  const codePages = html.filter((entry) => /^pages\/codes\/[A-Z0-9]{5}\.html$/.test(entry.file));
  stats.medianCodePageHtml = median(codePages.map((entry) => entry.bytes));
  stats.medianCodePageTotal = median(
    codePages.map((entry) => {
      const base = path.join(server, entry.file.replace(/\.html$/, ""));
      const sizeOf = (file: string) => (fs.existsSync(file) ? fs.statSync(file).size : 0);
      return entry.bytes + sizeOf(`${base}.json`) + sizeOf(`${base}.meta`);
    }),
  );
  return stats;
}

/** Why the benchmark build cannot be reused for a run against the normal content, or undefined when it can. */
export function staleReason(): string | undefined {
  const buildId = path.join(BENCH_DIST_PATH, "BUILD_ID");
  if (!fs.existsSync(buildId)) return `no build in ${BENCH_DIST_DIR}`;
  if (!fs.existsSync(BUILD_MARKER)) return `${BENCH_DIST_DIR} was not built by these scripts`;
  const marker = JSON.parse(fs.readFileSync(BUILD_MARKER, "utf8")) as {
    contentDir?: string;
    browserSourceMaps?: boolean;
  };
  if (marker.contentDir !== DEFAULT_CONTENT_DIR)
    return `${BENCH_DIST_DIR} holds a build of ${marker.contentDir}`;
  if (!marker.browserSourceMaps) return `${BENCH_DIST_DIR} was built without browser source maps`;
  const built = fs.statSync(buildId).mtimeMs;
  const changed = BUILD_SOURCES.find(
    (source) => newestMtime(path.join(PROJECT_ROOT, source)) > built,
  );
  return changed ? `${changed} changed after the last build` : undefined;
}

/** Builds the normal content into BENCH_DIST_DIR unless a current build is already there. */
export async function ensureNormalBuild(
  logFile: string,
  options: { rebuildStale: boolean },
): Promise<string> {
  const reason = staleReason();
  if (!reason) return "reused the existing build";
  if (
    !options.rebuildStale &&
    fs.existsSync(BUILD_MARKER) &&
    !reason.includes("no build") &&
    !reason.includes("holds a build") &&
    !reason.includes("source maps")
  ) {
    return `reused the existing build (${reason}; --no-rebuild given)`;
  }
  console.log(`Building the normal content into ${BENCH_DIST_DIR} (${reason})…`);
  const run = await runNextBuild({
    contentDir: DEFAULT_CONTENT_DIR,
    logFile,
    timeoutMs: 20 * 60_000,
    browserSourceMaps: true,
  });
  if (!run.ok)
    throw new Error(`next build failed (exit ${run.exitCode}); see ${logFile}\n${run.logTail}`);
  return `built (${reason}) in ${(run.wallMs / 1000).toFixed(1)} s`;
}
