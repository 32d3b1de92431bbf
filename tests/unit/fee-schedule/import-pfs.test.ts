import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parsePprrvu } from "@/lib/fee-schedule/parse-pprrvu";
import { releaseDatasetSchema } from "@/lib/fee-schedule/schema";
import {
  buildReleaseInfo,
  runImport,
  serializeReleaseDataset,
  buildReleaseDataset,
} from "@/scripts/import-pfs";
import { fixtureDir } from "./fixture-content";

const tempDirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "codeatlas-import-"));
  tempDirs.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const validCsv = path.join(fixtureDir, "pprrvu-valid.csv");
const gpciCsv = path.join(fixtureDir, "gpci-valid.csv");
const parsedValid = () => parsePprrvu(fs.readFileSync(validCsv, "latin1"), "PPRRVU2025_Oct.csv");

describe("runImport", () => {
  it("writes the release and GPCI datasets under fee-schedule/", () => {
    const contentDir = tempDir();
    const written = runImport({
      pprrvuPath: validCsv,
      releaseId: "RVU25D",
      gpciPath: gpciCsv,
      contentDir,
      log: () => {},
    });
    expect(written.map((file) => path.relative(contentDir, file))).toEqual([
      path.join("fee-schedule", "rvu25d.json"),
      path.join("fee-schedule", "gpci2025.json"),
    ]);
  });

  it("writes byte-identical files when run twice", () => {
    const contentDir = tempDir();
    const run = () =>
      runImport({
        pprrvuPath: validCsv,
        releaseId: "RVU25D",
        gpciPath: gpciCsv,
        contentDir,
        log: () => {},
      }).map((file) => fs.readFileSync(file, "utf8"));
    expect(run()).toEqual(run());
  });

  it("prints a summary of rows, codes, modifiers and the conversion factor", () => {
    const lines: string[] = [];
    runImport({
      pprrvuPath: validCsv,
      releaseId: "RVU25D",
      contentDir: tempDir(),
      log: (line) => lines.push(line),
    });
    expect(lines.slice(1, 7)).toMatchInlineSnapshot(`
      [
        "Release:           2025 October release (RVU25D)",
        "Conversion factor: 32.3465",
        "Rows:              12",
        "Distinct codes:    9",
        "Modifiers:         (none) 9, 26 1, 53 1, TC 1",
        "Status codes:      A 7, B 1, E 1, R 2, X 1",
      ]
    `);
  });

  it("refuses GPCIs for a different year than the release", () => {
    const run = () =>
      runImport({
        pprrvuPath: path.join(fixtureDir, "pprrvu23-eof-marker.csv"),
        releaseId: "RVU23D",
        gpciPath: gpciCsv,
        contentDir: tempDir(),
        log: () => {},
      });
    expect(run).toThrowErrorMatchingInlineSnapshot(
      `[Error: gpci-valid.csv: GPCIs are for 2025 but release RVU23D is for 2023]`,
    );
  });
});

describe("buildReleaseInfo", () => {
  it("derives the year and month label from the release id", () => {
    expect(buildReleaseInfo("rvu25d", parsedValid())).toEqual({
      id: "RVU25D",
      year: 2025,
      label: "2025 October release (RVU25D)",
      conversionFactor: 32.3465,
      sourceFile: "PPRRVU2025_Oct.csv",
      title: "2025 National Physician Fee Schedule Relative Value File October Release",
      releasedOn: "2025-09-11",
    });
  });

  it("refuses a release id that contradicts the file's title", () => {
    expect(() => buildReleaseInfo("RVU25B", parsedValid())).toThrowErrorMatchingInlineSnapshot(
      `[SourceFormatError: PPRRVU2025_Oct.csv:1: the title "2025 National Physician Fee Schedule Relative Value File October Release" does not match release RVU25B (April 2025)]`,
    );
  });

  it("refuses an id that is not a CMS release id", () => {
    expect(() => buildReleaseInfo("2025-10", parsedValid())).toThrowErrorMatchingInlineSnapshot(
      `[Error: --release: expected a CMS release id such as "RVU25D", got "2025-10"]`,
    );
  });
});

describe("buildReleaseDataset", () => {
  it("produces a dataset the schema accepts", () => {
    expect(
      releaseDatasetSchema.safeParse(buildReleaseDataset("RVU25D", parsedValid())).success,
    ).toBe(true);
  });
});

describe("serializeReleaseDataset", () => {
  it("writes valid JSON with one row per line", () => {
    const text = serializeReleaseDataset(buildReleaseDataset("RVU25D", parsedValid()));
    expect(JSON.parse(text).rows).toHaveLength(12);
    expect(text.split("\n").filter((line) => line.startsWith('["'))).toHaveLength(12);
    expect(text.endsWith("]\n}\n")).toBe(true);
  });
});

describe("the import:pfs command", () => {
  const tsx = path.resolve(__dirname, "../../../node_modules/.bin/tsx");
  const script = path.resolve(__dirname, "../../../scripts/import-pfs.ts");

  it("exits with code 1 and the parser's message on bad input", () => {
    const result = spawnSync(
      tsx,
      [
        script,
        path.join(fixtureDir, "pprrvu-text-in-number.csv"),
        "--release",
        "RVU25D",
        "--content-dir",
        tempDir(),
      ],
      {
        encoding: "utf8",
      },
    );
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split("\n").at(-1)).toMatchInlineSnapshot(
      `"import:pfs: pprrvu-text-in-number.csv:17: column "WORK RVU": expected a number, got "abc""`,
    );
  });

  it("exits with code 1 and the usage line when --release is missing", () => {
    const result = spawnSync(tsx, [script, validCsv], { encoding: "utf8" });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("usage: npm run import:pfs --");
  });
});
