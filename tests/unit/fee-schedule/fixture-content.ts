/**
 * Builds a throw-away content folder from the CSV fixtures with the real importer, so loader and component
 * tests read datasets exactly as `npm run import:pfs` writes them.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { runImport } from "@/scripts/import-pfs";

export const fixtureDir = path.resolve(__dirname, "../../fixtures/pfs");

/**
 * Imports RVU23D (two rows) and RVU25D (twelve rows, with 2025 GPCIs) into a new temp folder; with
 * `include2026`, also RVU26C (seven rows in the 2026 layout), which then is the latest release.
 */
export function createFixtureContentDir({ include2026 = false } = {}): string {
  const contentDir = fs.mkdtempSync(path.join(os.tmpdir(), "codeatlas-pfs-"));
  const log = () => {};
  runImport({
    pprrvuPath: path.join(fixtureDir, "pprrvu23-eof-marker.csv"),
    releaseId: "RVU23D",
    contentDir,
    log,
  });
  runImport({
    pprrvuPath: path.join(fixtureDir, "pprrvu-valid.csv"),
    releaseId: "RVU25D",
    gpciPath: path.join(fixtureDir, "gpci-valid.csv"),
    contentDir,
    log,
  });
  if (include2026) {
    runImport({
      pprrvuPath: path.join(fixtureDir, "pprrvu26-valid.csv"),
      releaseId: "RVU26C",
      contentDir,
      log,
    });
  }
  return contentDir;
}

/**
 * Points CONTENT_DIR at a fresh fixture folder for the test file (see {@link createFixtureContentDir}) and
 * restores it, deleting the folder, afterwards.
 */
export function withFixtureContentDir(options: { include2026?: boolean } = {}): void {
  let contentDir: string;
  const previous = process.env.CONTENT_DIR;
  beforeAll(() => {
    contentDir = createFixtureContentDir(options);
    process.env.CONTENT_DIR = contentDir;
  });
  afterAll(() => {
    if (previous === undefined) delete process.env.CONTENT_DIR;
    else process.env.CONTENT_DIR = previous;
    fs.rmSync(contentDir, { recursive: true, force: true });
  });
}
