/**
 * A disk cache for parsed Markdown bodies. Parsing is the slowest part of loading content (about 1 ms a
 * record), and every build worker and server process loads all of it; with the cache, only the first
 * process after a change parses a body, the others read the result.
 *
 * Entries are keyed by a hash of the Markdown text, this module's format version and the lockfile (so an
 * upgraded Markdown library never serves stale HTML). A missing, unreadable or corrupt entry is simply
 * parsed again: the cache can be deleted at any time.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const FORMAT_VERSION = "1";

let keyPrefix: string | undefined;
let cacheDir: string | undefined;
let disabled = false;

function getKeyPrefix(): string {
  if (keyPrefix === undefined) {
    const lockfile = path.join(/* turbopackIgnore: true */ process.cwd(), "package-lock.json");
    const lock = fs.existsSync(lockfile) ? fs.readFileSync(lockfile) : Buffer.from("no-lockfile");
    keyPrefix = `${FORMAT_VERSION}:${createHash("sha256").update(lock).digest("hex")}:`;
  }
  return keyPrefix;
}

function getCacheDir(): string {
  cacheDir ??=
    process.env.CODEATLAS_CACHE_DIR ??
    path.join(
      /* turbopackIgnore: true */ process.cwd(),
      "node_modules",
      ".cache",
      "codeatlas",
      "markdown",
    );
  return cacheDir;
}

/** Returns the cached value for `markdown`, or computes it with `compute` and stores it. */
export function cachedMarkdown<T>(namespace: string, markdown: string, compute: () => T): T {
  if (disabled || process.env.CODEATLAS_CACHE === "off") return compute();
  const key = createHash("sha256")
    .update(`${getKeyPrefix()}${namespace}:${markdown}`)
    .digest("hex");
  const file = path.join(getCacheDir(), key.slice(0, 2), `${key}.json`);
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as T;
  } catch {
    // Not cached yet (or unreadable): compute below.
  }
  const value = compute();
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // Write then rename, so a parallel build worker never reads half a file.
    const temporary = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, JSON.stringify(value));
    fs.renameSync(temporary, file);
  } catch {
    // A read-only checkout still works, just without the cache.
    disabled = true;
  }
  return value;
}
