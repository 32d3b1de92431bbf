import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  getAllFeeScheduleCodes,
  getGpciFootnotes,
  getGpciLocalities,
  getGpciYears,
  getLatestRelease,
  getReleases,
  getRvuHistory,
  getRvuRows,
  hasFeeScheduleCode,
} from "@/lib/fee-schedule/load";
import { createFixtureContentDir, fixtureDir } from "./fixture-content";

let contentDir: string;
const previousContentDir = process.env.CONTENT_DIR;

beforeAll(() => {
  contentDir = createFixtureContentDir();
  process.env.CONTENT_DIR = contentDir;
});

afterAll(() => {
  if (previousContentDir === undefined) delete process.env.CONTENT_DIR;
  else process.env.CONTENT_DIR = previousContentDir;
  fs.rmSync(contentDir, { recursive: true, force: true });
});

function withContentDir<T>(dir: string, run: () => T): T {
  const saved = process.env.CONTENT_DIR;
  process.env.CONTENT_DIR = dir;
  try {
    return run();
  } finally {
    process.env.CONTENT_DIR = saved;
  }
}

describe("getReleases", () => {
  it("lists imported releases oldest first with their labels and conversion factors", () => {
    expect(
      getReleases().map(({ id, label, conversionFactor }) => ({ id, label, conversionFactor })),
    ).toEqual([
      { id: "RVU23D", label: "2023 October release (RVU23D)", conversionFactor: 33.8872 },
      { id: "RVU25D", label: "2025 October release (RVU25D)", conversionFactor: 32.3465 },
    ]);
  });

  it("returns nothing when no data has been imported", () => {
    withContentDir(path.join(fixtureDir, "no-such-dir"), () => expect(getReleases()).toEqual([]));
  });

  it("reports every invalid dataset with its file and field path", () => {
    withContentDir(path.join(fixtureDir, "content-invalid"), () => {
      expect(() => getReleases()).toThrowErrorMatchingInlineSnapshot(`
        [DataFileError: Fee schedule data is invalid (4 problems):
        tests/fixtures/pfs/content-invalid/fee-schedule/gpci2025.json: localities[1].mp: Invalid input: expected number, received undefined
        tests/fixtures/pfs/content-invalid/fee-schedule/rvu25d.json: release.conversionFactor: Too small: expected number to be >0
        tests/fixtures/pfs/content-invalid/fee-schedule/rvu25d.json: rows[0][4] (workRvu): Invalid input: expected number, received string
        tests/fixtures/pfs/content-invalid/fee-schedule/rvu25d.json: rows[1][2] (status): Invalid option: expected one of "A"|"B"|"C"|"D"|"E"|"F"|"G"|"H"|"I"|"J"|"M"|"N"|"P"|"R"|"T"|"X"]
      `);
    });
  });
});

describe("getLatestRelease", () => {
  it("returns the newest release", () => {
    expect(getLatestRelease()).toMatchObject({
      id: "RVU25D",
      year: 2025,
      sourceFile: "pprrvu-valid.csv",
    });
  });

  it("says how to import data when there is none", () => {
    withContentDir(path.join(fixtureDir, "no-such-dir"), () => {
      expect(() => getLatestRelease()).toThrow(/run npm run import:pfs first/);
    });
  });
});

describe("getRvuRows", () => {
  it("returns the global row first, then 26 and TC, with the release's conversion factor", () => {
    const rows = getRvuRows("71046");
    expect(rows.map((row) => row.modifier)).toEqual(["", "26", "TC"]);
    expect(rows[0]).toMatchObject({
      totalNonFacility: 1.01,
      peFacilityNa: true,
      peNonFacilityNa: false,
      conversionFactor: 32.3465,
    });
  });

  it("reads an older release when asked, ignoring case and spaces in the code", () => {
    expect(getRvuRows(" 99213 ", "rvu23d")[0]).toMatchObject({
      totalNonFacility: 2.68,
      conversionFactor: 33.8872,
    });
  });

  it("returns an empty list for a code the release does not list", () => {
    expect(getRvuRows("71046", "RVU23D")).toEqual([]);
  });

  it("throws for a release that was not imported", () => {
    expect(() => getRvuRows("99213", "RVU19A")).toThrowErrorMatchingInlineSnapshot(
      `[Error: Unknown fee schedule release "RVU19A" (available: RVU23D, RVU25D)]`,
    );
  });

  it("hands out copies, so a caller cannot change the cache", () => {
    getRvuRows("99213").pop();
    expect(getRvuRows("99213")).toHaveLength(1);
  });
});

describe("getRvuHistory", () => {
  it("lists the code in every release that has it, oldest first", () => {
    expect(
      getRvuHistory("99213").map(({ release, rows }) => [release.id, rows[0]?.totalNonFacility]),
    ).toEqual([
      ["RVU23D", 2.68],
      ["RVU25D", 2.75],
    ]);
    expect(getRvuHistory("71046").map(({ release }) => release.id)).toEqual(["RVU25D"]);
  });
});

describe("getGpciLocalities", () => {
  it("returns the latest year's localities with stable ids", () => {
    const localities = getGpciLocalities();
    expect(localities.map((locality) => locality.id)).toEqual([
      "10112-00",
      "02102-01",
      "01182-18",
      "03602-21",
    ]);
    expect(localities[2]).toMatchObject({ state: "CA", pw: 1.042, pe: 1.194, mp: 0.69 });
  });

  it("throws for a year without data", () => {
    expect(() => getGpciLocalities(1999)).toThrowErrorMatchingInlineSnapshot(
      `[Error: No GPCI data for 1999 (available: 2025)]`,
    );
  });
});

describe("getGpciYears", () => {
  it("lists the imported GPCI years", () => {
    expect(getGpciYears()).toEqual([2025]);
  });
});

describe("getGpciFootnotes", () => {
  it("returns the notes printed under the GPCI table", () => {
    expect(getGpciFootnotes()[0]).toMatch(/^\*Work GPCI reflects a 1\.5 floor in Alaska/);
  });
});

describe("hasFeeScheduleCode", () => {
  it("is true for any listed code, priced or not", () => {
    expect(hasFeeScheduleCode("D3351")).toBe(true);
    expect(hasFeeScheduleCode("j9035")).toBe(true);
    expect(hasFeeScheduleCode("E0100")).toBe(false);
  });
});

describe("getAllFeeScheduleCodes", () => {
  it("lists each code once, sorted", () => {
    expect(getAllFeeScheduleCodes()).toEqual([
      "45378",
      "71046",
      "80053",
      "99213",
      "99221",
      "A4550",
      "D0170",
      "D3351",
      "J9035",
    ]);
    expect(getAllFeeScheduleCodes("RVU23D")).toEqual(["99213", "D3351"]);
  });
});
