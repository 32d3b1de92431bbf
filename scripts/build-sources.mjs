/**
 * What a production build is made from, so `npm start` and the benchmarks agree on when a build is stale.
 * Plain JavaScript: `npm start` runs it with node, without a TypeScript loader.
 */
import fs from "node:fs";
import path from "node:path";

/** Files and folders (relative to the project root) whose changes require a new build. */
export const BUILD_SOURCES = [
  "app",
  "components",
  "pages",
  "lib",
  "content",
  "public",
  "proxy.ts",
  "server.ts",
  "next.config.ts",
  "package-lock.json",
  "postcss.config.mjs",
];

/** The newest modification time under a file or folder, in ms (0 when it does not exist). */
export function newestMtime(target) {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target))
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}
