/**
 * Bundles the progressive-enhancement scripts ("islands") that pages without the React runtime load: one
 * bundle per entry in components/islands/*.entry.ts(x), written to public/islands/<name>-<hash>.js with a
 * manifest that pages read to name the file. next.config.ts calls this before every build and dev server,
 * so no build path can miss it. Plain JavaScript: it runs before any TypeScript loader.
 *
 * Most islands are framework-free. The calculator's island renders the same React components the server
 * renders, bundled against Preact's React-compatible API instead of React DOM: about a tenth of the size,
 * which is what lets a phone run the page without seconds of blocked main thread (docs/islands.md).
 */
import { buildSync } from "esbuild";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export const ISLANDS_PUBLIC_PATH = "/islands";

const ENTRY_FILE = /\.entry\.tsx?$/;

/** React's entry points, served by Preact's compatibility layer in island bundles. */
const REACT_TO_PREACT = {
  react: "preact/compat",
  "react-dom": "preact/compat",
  "react/jsx-runtime": "preact/jsx-runtime",
};

/**
 * Bundles every entry in memory: one esbuild result (output files and metafile) per entry, keyed by the
 * entry's name. tests/unit/islands/island-bundles.test.ts reads the metafiles to hold each bundle to its
 * budget.
 */
export function bundleIslands(root) {
  const sourceDir = path.join(root, "components", "islands");
  const outDir = path.join(root, "public", "islands");
  const entries = fs
    .readdirSync(sourceDir)
    .filter((name) => ENTRY_FILE.test(name))
    .map((name) => ({ name: name.replace(ENTRY_FILE, ""), file: path.join(sourceDir, name) }));
  // One build per entry: shared modules would otherwise be split into chunks that every page must
  // fetch before its island runs. Within an entry, a dynamic import() (the calculator's CSV writer)
  // still becomes its own chunk, fetched when used.
  return Object.fromEntries(
    entries.map(({ name, file }) => [
      name,
      buildSync({
        entryPoints: { [name]: file },
        bundle: true,
        splitting: true,
        minify: true,
        format: "esm",
        target: "es2020",
        platform: "browser",
        outdir: outDir,
        absWorkingDir: root,
        entryNames: "[name]-[hash]",
        chunkNames: `${name}-chunk-[hash]`,
        metafile: true,
        legalComments: "none",
        tsconfig: path.join(root, "tsconfig.json"),
        jsx: "automatic",
        alias: REACT_TO_PREACT,
        define: { "process.env.NODE_ENV": '"production"' },
        logLevel: "error",
        write: false,
      }),
    ]),
  );
}

/** The log's service worker (components/islands/log-service-worker.ts), served from the site root. */
export const LOG_SERVICE_WORKER_FILE = "log-sw.js";

/**
 * Bundles the log's service worker with a version made from the island manifest and the worker's own
 * source: a build that changes the log's scripts, or the worker, gives it new bytes, and the browser then
 * installs it in place of the old one, which drops the old cache (docs/wrvu-log.md). Written to
 * public/log-sw.js, git-ignored like the islands.
 */
export function buildLogServiceWorker(root, manifestText, assets) {
  const source = path.join(root, "components", "islands", "log-service-worker.ts");
  const version = crypto
    .createHash("sha256")
    .update(manifestText)
    .update(fs.readFileSync(source))
    .digest("hex")
    .slice(0, 12);
  const result = buildSync({
    entryPoints: [source],
    bundle: true,
    minify: true,
    format: "iife",
    target: "es2020",
    platform: "browser",
    absWorkingDir: root,
    define: { LOG_SW_VERSION: JSON.stringify(version), LOG_SW_ASSETS: JSON.stringify(assets) },
    legalComments: "none",
    logLevel: "error",
    write: false,
  });
  const file = path.join(root, "public", LOG_SERVICE_WORKER_FILE);
  const text = result.outputFiles[0].text;
  if (!fs.existsSync(file) || fs.readFileSync(file, "utf8") !== text) fs.writeFileSync(file, text);
  return version;
}

/** Builds every entry; returns the manifest `{ "code-page": "/islands/code-page-AB12CD34.js" }`. */
export function buildIslands(root) {
  const outDir = path.join(root, "public", "islands");
  const bundles = bundleIslands(root);
  const results = Object.values(bundles);
  // Write in place and drop stale bundles afterwards, rather than emptying the folder first: a build
  // running beside this one (a test's, say) must never find the manifest missing.
  fs.mkdirSync(outDir, { recursive: true });
  const written = new Set(["manifest.json"]);
  for (const file of results.flatMap((result) => result.outputFiles)) {
    written.add(path.basename(file.path));
    const current = fs.existsSync(file.path) ? fs.readFileSync(file.path) : undefined;
    if (!current || !current.equals(Buffer.from(file.contents)))
      fs.writeFileSync(file.path, file.contents);
  }
  const manifest = {};
  const outputs = results.flatMap((result) => Object.entries(result.metafile.outputs));
  for (const [output, meta] of outputs) {
    // Chunks of dynamic imports have an entry point too, but no page loads them by name.
    if (!meta.entryPoint || !ENTRY_FILE.test(meta.entryPoint)) continue;
    const name = path.basename(meta.entryPoint).replace(ENTRY_FILE, "");
    manifest[name] = `${ISLANDS_PUBLIC_PATH}/${path.basename(output)}`;
  }
  const manifestText = `${JSON.stringify(manifest, null, 2)}\n`;
  const manifestFile = path.join(outDir, "manifest.json");
  if (!fs.existsSync(manifestFile) || fs.readFileSync(manifestFile, "utf8") !== manifestText)
    fs.writeFileSync(manifestFile, manifestText);
  for (const name of fs.readdirSync(outDir))
    if (!written.has(name)) fs.rmSync(path.join(outDir, name), { force: true });
  // Every file of the log's island, its lazy chunks too (the import's and the exports' writers), so
  // importing or exporting works offline.
  const logAssets = (bundles.log?.outputFiles ?? []).map(
    (file) => `${ISLANDS_PUBLIC_PATH}/${path.basename(file.path)}`,
  );
  buildLogServiceWorker(root, manifestText, logAssets);
  return manifest;
}
