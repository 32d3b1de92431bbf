/**
 * Bundles the progressive-enhancement scripts ("islands") that code pages load instead of the React
 * runtime: one small framework-free bundle per entry in components/islands/*.entry.ts, written to
 * public/islands/<name>-<hash>.js with a manifest that pages read to name the file. next.config.ts calls
 * this before every build and dev server, so no build path can miss it. Plain JavaScript: it runs
 * before any TypeScript loader.
 */
import { buildSync } from "esbuild";
import fs from "node:fs";
import path from "node:path";

export const ISLANDS_PUBLIC_PATH = "/islands";

/** Builds every entry; returns the manifest `{ "code-page": "/islands/code-page-AB12CD34.js" }`. */
export function buildIslands(root) {
  const sourceDir = path.join(root, "components", "islands");
  const outDir = path.join(root, "public", "islands");
  // Keyed by output name, so "code-page.entry.ts" becomes "code-page-<hash>.js".
  const entryPoints = Object.fromEntries(
    fs
      .readdirSync(sourceDir)
      .filter((name) => name.endsWith(".entry.ts"))
      .map((name) => [name.replace(/\.entry\.ts$/, ""), path.join(sourceDir, name)]),
  );
  const result = buildSync({
    entryPoints,
    bundle: true,
    minify: true,
    format: "esm",
    target: "es2020",
    platform: "browser",
    outdir: outDir,
    entryNames: "[name]-[hash]",
    metafile: true,
    legalComments: "none",
    tsconfig: path.join(root, "tsconfig.json"),
    logLevel: "error",
    write: false,
  });
  // Write in place and drop stale bundles afterwards, rather than emptying the folder first: a build
  // running beside this one (a test's, say) must never find the manifest missing.
  fs.mkdirSync(outDir, { recursive: true });
  const written = new Set(["manifest.json"]);
  for (const file of result.outputFiles) {
    written.add(path.basename(file.path));
    const current = fs.existsSync(file.path) ? fs.readFileSync(file.path) : undefined;
    if (!current || !current.equals(Buffer.from(file.contents)))
      fs.writeFileSync(file.path, file.contents);
  }
  const manifest = {};
  for (const [output, meta] of Object.entries(result.metafile.outputs)) {
    if (!meta.entryPoint) continue;
    const name = path.basename(meta.entryPoint).replace(/\.entry\.ts$/, "");
    manifest[name] = `${ISLANDS_PUBLIC_PATH}/${path.basename(output)}`;
  }
  const manifestText = `${JSON.stringify(manifest, null, 2)}\n`;
  const manifestFile = path.join(outDir, "manifest.json");
  if (!fs.existsSync(manifestFile) || fs.readFileSync(manifestFile, "utf8") !== manifestText)
    fs.writeFileSync(manifestFile, manifestText);
  for (const name of fs.readdirSync(outDir))
    if (!written.has(name)) fs.rmSync(path.join(outDir, name), { force: true });
  return manifest;
}
