/**
 * Builds a throw-away content folder from the CSV fixtures with the real importer, so loader and component
 * tests read datasets exactly as `npm run import:pfs` writes them.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { runImport } from "@/scripts/import-pfs";

export const fixtureDir = path.resolve(__dirname, "../../fixtures/pfs");

/** Imports RVU23D (two rows) and RVU25D (twelve rows, with 2025 GPCIs) into a new temp folder. */
export function createFixtureContentDir(): string {
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
  return contentDir;
}
