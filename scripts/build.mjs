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
 * Then it bundles the production server (server.ts: Next.js behind the fast path of lib/fast-path) into
 * the build folder, next to the output it serves: `<distDir>/codeatlas-server/server.mjs`, plain
 * JavaScript that Node runs without a TypeScript loader, with Next.js and other packages loaded from
 * node_modules.
 *
 * Usage: node scripts/build.mjs [project directory]; the environment (NEXT_DIST_DIR, CONTENT_DIR, …) is
 * passed on to both phases. Plain JavaScript, so `npm start` runs it without a TypeScript loader.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

import { buildSync } from "esbuild";

const root = path.resolve(import.meta.dirname, "..");
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");

/** The production server's entry inside a build folder. */
export const SERVER_BUNDLE = path.join("codeatlas-server", "server.mjs");

/** The build folder of this project for a NEXT_DIST_DIR value (next.config.ts's default is `.next`). */
export function buildFolder(distDir = process.env.NEXT_DIST_DIR) {
  return path.resolve(root, distDir ?? ".next");
}

/** The production server of the build in `distDir` (absolute, or relative to the project). */
export function serverBundle(distDir) {
  return path.join(buildFolder(distDir), SERVER_BUNDLE);
}

/**
 * Next.js has no `exports` map, so an ES module must name the file of a deep import: `next/server.js`,
 * not `next/server` (proxy.ts imports it the way Next.js documents). Packages stay external either way.
 */
const NEXT_DEEP_IMPORTS = { "next/server": "next/server.js" };

/**
 * ES modules (the content loaders' packages are ES modules only), split at every `import()`: server.ts
 * loads Next.js and the rest dynamically, after it has set NODE_ENV, and splitting keeps their static
 * imports inside the chunks it loads then.
 */
export function bundleServer(distDir) {
  const outdir = path.dirname(serverBundle(distDir));
  fs.rmSync(outdir, { recursive: true, force: true });
  buildSync({
    entryPoints: { server: path.join(root, "server.ts") },
    outdir,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    alias: NEXT_DEEP_IMPORTS,
    tsconfig: path.join(root, "tsconfig.json"),
    logLevel: "warning",
  });
}

/** Runs both phases, then bundles the server; returns the exit status of the first phase that fails, or 0. */
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
  // Another project (the benchmarks' framework floor) has no server of ours.
  if (!projectDir) bundleServer();
  return 0;
}

if (import.meta.filename === path.resolve(process.argv[1] ?? ""))
  process.exit(buildSite(process.argv[2]));
