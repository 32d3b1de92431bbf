#!/usr/bin/env node
/**
 * `npm start`: builds the production site when the build is missing or older than any source file, then
 * serves it on PORT (default 3000) with the production server the build bundled (server.ts: Next.js
 * behind the fast path for prerendered pages).
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

import { buildSite, serverBundle } from "./build.mjs";
import { BUILD_SOURCES, newestMtime } from "./build-sources.mjs";

const root = path.resolve(import.meta.dirname, "..");
const buildIdFile = path.join(root, ".next", "BUILD_ID");
const server = serverBundle(".next");
const port = process.env.PORT ?? "3000";
const contentDir = path.resolve(root, process.env.CONTENT_DIR ?? "content");
// Canonical URLs and the content tree are baked into the static pages, so a build made for another
// SITE_URL/port or CONTENT_DIR (tests and benchmarks use their own) must not be served.
const buildKey = JSON.stringify({
  contentDir,
  siteUrl: process.env.SITE_URL ?? `http://localhost:${port}`,
});
const buildKeyFile = path.join(root, ".next", "codeatlas-build-key");

function buildIsCurrent() {
  // A build made with `next build` alone has no server of ours.
  if (!fs.existsSync(buildIdFile) || !fs.existsSync(server)) return false;
  if (!fs.existsSync(buildKeyFile) || fs.readFileSync(buildKeyFile, "utf8") !== buildKey)
    return false;
  const built = fs.statSync(buildIdFile).mtimeMs;
  const sources = [...BUILD_SOURCES.map((entry) => path.join(root, entry)), contentDir];
  return sources.every((source) => newestMtime(source) <= built);
}

if (!buildIsCurrent()) {
  console.log("Building the site (the build is missing or older than the sources)…");
  const status = buildSite();
  if (status !== 0) process.exit(status);
  fs.writeFileSync(buildKeyFile, buildKey);
}

const child = spawn(process.execPath, [server, "-p", port], { cwd: root, stdio: "inherit" });
// The server stops gracefully on either signal; this process waits for it and exits with its status.
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
