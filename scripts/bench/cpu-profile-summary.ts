/**
 * Where a CPU profile (scripts/bench/cpu-profile.cjs) spent its time: self time by area (Node's HTTP
 * stack, Next's router, its renderer, the site's bundle, GC, idle) and the functions with the most self
 * time. `npm run bench:load -- --profile` prints it for each profiled run; on its own:
 * `npx tsx scripts/bench/cpu-profile-summary.ts <file.cpuprofile>`.
 */
import fs from "node:fs";
import path from "node:path";

import { markdownTable } from "./report";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** Areas, first match wins: the site's own code, then the framework's parts, then Node.js itself. */
const AREAS: { area: string; test: (url: string, name: string) => boolean }[] = [
  { area: "idle", test: (_url, name) => name === "(idle)" },
  { area: "garbage collection", test: (_url, name) => name === "(garbage collector)" },
  { area: "V8 and native code", test: (url, name) => name === "(program)" || url === "" },
  { area: "server.ts bundle (fast path, search)", test: (url) => /codeatlas-server/.test(url) },
  {
    area: "build output (pages, proxy.ts, Next's bundled runtime)",
    test: (url) => /\/\.(bench-)?next[^/]*\/server\//.test(url),
  },
  { area: "Next.js: compression", test: (url) => /next\/dist\/compiled\/compression/.test(url) },
  { area: "Next.js: React renderer", test: (url) => /react-dom|react-server/.test(url) },
  {
    area: "Next.js: router and request handling",
    test: (url) => /next\/dist\/server\/lib\//.test(url),
  },
  { area: "Next.js: base server and render", test: (url) => /next\/dist\/server\//.test(url) },
  { area: "Next.js: other", test: (url) => /node_modules\/next\//.test(url) },
  { area: "other packages", test: (url) => /node_modules\//.test(url) },
  {
    area: "Node.js: HTTP and streams",
    test: (url) => /node:(_http|http|net|stream|internal\/streams|internal\/http)/.test(url),
  },
  { area: "Node.js: other", test: (url) => url.startsWith("node:") },
];

function areaOf(node: ProfileNode): string {
  const { url, functionName } = node.callFrame;
  return AREAS.find(({ test }) => test(url, functionName))?.area ?? "other";
}

function shortUrl(url: string): string {
  const inModules = url.lastIndexOf("node_modules/");
  if (inModules >= 0) return url.slice(inModules + "node_modules/".length);
  return url.startsWith("file://") ? path.basename(url) : url;
}

/** Self time per profile node, in ms, from the sample timestamps. */
function selfTimes(profile: CpuProfile): Map<number, number> {
  const times = new Map<number, number>();
  profile.samples.forEach((id, index) => {
    // A sample's time is the gap to the next sample; the first delta is the gap before it.
    const delta = (profile.timeDeltas[index + 1] ?? 0) / 1000;
    times.set(id, (times.get(id) ?? 0) + delta);
  });
  return times;
}

export interface ProfileSummary {
  totalMs: number;
  busyMs: number;
  areas: { area: string; ms: number }[];
  functions: { name: string; where: string; area: string; ms: number }[];
}

export function summarizeProfile(profile: CpuProfile, top = 12): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const areas = new Map<string, number>();
  const functions = new Map<string, { name: string; where: string; area: string; ms: number }>();
  let totalMs = 0;
  for (const [id, ms] of selfTimes(profile)) {
    const node = byId.get(id);
    if (!node) continue;
    totalMs += ms;
    const area = areaOf(node);
    areas.set(area, (areas.get(area) ?? 0) + ms);
    const { functionName, url, lineNumber } = node.callFrame;
    const where = url ? `${shortUrl(url)}:${lineNumber + 1}` : "";
    const key = `${functionName}@${where}`;
    const entry = functions.get(key) ?? { name: functionName || "(anonymous)", where, area, ms: 0 };
    entry.ms += ms;
    functions.set(key, entry);
  }
  const idle = areas.get("idle") ?? 0;
  return {
    totalMs,
    busyMs: totalMs - idle,
    areas: [...areas.entries()]
      .map(([area, ms]) => ({ area, ms }))
      .filter(({ area }) => area !== "idle")
      .sort((a, b) => b.ms - a.ms),
    functions: [...functions.values()]
      .filter(({ area }) => area !== "idle")
      .sort((a, b) => b.ms - a.ms)
      .slice(0, top),
  };
}

const percent = (part: number, whole: number) => `${((part / whole) * 100).toFixed(1)} %`;

/** Markdown: the busy time by area, then the top functions by self time. */
export function formatProfileSummary(summary: ProfileSummary): string {
  return [
    markdownTable(
      ["Area (self time)", "Share of busy CPU"],
      summary.areas.map(({ area, ms }) => [area, percent(ms, summary.busyMs)]),
    ),
    "",
    markdownTable(
      ["Function", "Where", "Share of busy CPU"],
      summary.functions.map(({ name, where, ms }) => [
        `\`${name}\``,
        where ? `\`${where}\`` : "—",
        percent(ms, summary.busyMs),
      ]),
    ),
  ].join("\n");
}

if (import.meta.filename === path.resolve(process.argv[1] ?? "")) {
  const file = process.argv[2];
  if (!file) throw new Error("Usage: tsx scripts/bench/cpu-profile-summary.ts <file.cpuprofile>");
  const profile = JSON.parse(fs.readFileSync(file, "utf8")) as CpuProfile;
  const summary = summarizeProfile(profile, 25);
  console.log(
    `${(summary.busyMs / 1000).toFixed(1)} s busy of ${(summary.totalMs / 1000).toFixed(1)} s profiled\n`,
  );
  console.log(formatProfileSummary(summary));
}
