#!/usr/bin/env node
/**
 * `npm run build` (and the build behind `npm start`, the benchmarks and the build test): `next build` in
 * two processes, one after the other: `--experimental-build-mode compile` bundles the site, then
 * `--experimental-build-mode generate` prerenders its pages from that output.
 *
 * Why two: in one process, Turbopack's compiler state and its PostCSS workers stay alive while the single
 * page-rendering worker prerenders 21,500 pages, so the build's process tree peaked at 1.65 GB. Split, each
 * phase peaks at about 1.1 GB and the output is the same (docs/benchmarks.md).
 *
 * Usage: node scripts/build.mjs [project directory]; the environment (NEXT_DIST_DIR, CONTENT_DIR, …) is
 * passed on to both phases. Plain JavaScript, so `npm start` runs it without a TypeScript loader.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");

/** Runs both phases; returns the exit status of the first that fails, or 0. */
export function buildSite(projectDir) {
  for (const mode of ["compile", "generate"]) {
    const args = [
      nextBin,
      "build",
      ...(projectDir ? [projectDir] : []),
      "--experimental-build-mode",
      mode,
    ];
    const result = spawnSync(process.execPath, args, { cwd: root, stdio: "inherit" });
    if (result.status !== 0) return result.status ?? 1;
  }
  return 0;
}

if (import.meta.filename === path.resolve(process.argv[1] ?? ""))
  process.exit(buildSite(process.argv[2]));
