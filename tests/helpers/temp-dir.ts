/**
 * Throw-away folders for tests, named `codeatlas-<name>-XXXXXX` under the system temp folder. Every folder
 * made here is deleted after its test file, passed or failed, by tests/helpers/vitest-setup.ts.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const made = new Set<string>();

/** A new empty folder, deleted after the test file. */
export function makeTempDir(name: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `codeatlas-${name}-`));
  made.add(dir);
  return dir;
}

/** Deletes every folder made so far. */
export function removeTempDirs(): void {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
  made.clear();
}
