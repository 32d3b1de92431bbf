/**
 * Where the bundled island scripts live (scripts/build-islands.mjs writes them and this manifest before
 * every build). Read at build time by the routes that load an island instead of the React runtime.
 */
import fs from "node:fs";
import path from "node:path";

export type IslandName = "code-page" | "calculator" | "log";

let manifest: Record<string, string> | undefined;

/** "/islands/code-page-AB12CD34.js"; throws with a fix when the islands have not been built. */
export function getIslandScriptUrl(name: IslandName): string {
  if (!manifest) {
    const file = path.join(process.cwd(), "public", "islands", "manifest.json");
    if (!fs.existsSync(file)) {
      throw new Error(
        `${file} is missing: the island scripts are built by next.config.ts before every build (run npm run build)`,
      );
    }
    manifest = JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, string>;
  }
  const url = manifest[name];
  if (!url) throw new Error(`No island script "${name}" in public/islands/manifest.json`);
  return url;
}
