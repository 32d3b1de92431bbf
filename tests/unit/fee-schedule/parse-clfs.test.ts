import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseClfs, parseQuarterId } from "@/lib/fee-schedule/parse-clfs";
import { runClfsImport } from "@/scripts/import-clfs";

const fixtureDir = path.resolve(__dirname, "../../fixtures/pfs");
const fixtureText = fs.readFileSync(path.join(fixtureDir, "clfs-valid.csv"), "latin1");
const Q2_2026 = { year: 2026, quarter: 2 };

describe("parseClfs", () => {
  it("reads code, modifier, effective date, pricing indicator and amount, and no descriptor", () => {
    const dataset = parseClfs(fixtureText, "PUF_CLFS_CY2026_Q2V1.csv", Q2_2026);
    expect(dataset.schedule).toEqual({
      id: "CLFS26Q2",
      year: 2026,
      quarter: 2,
      label: "Clinical Laboratory Fee Schedule, 2026 Q2",
      sourceFile: "PUF_CLFS_CY2026_Q2V1.csv",
      title: "2026 Clinical Diagnostic Laboratory Fee Schedule",
    });
    expect(dataset.rows).toContainEqual(["80053", "", "2026-01-01", "N", 10.56]);
    expect(dataset.rows).toContainEqual(["80053", "QW", "2026-01-01", "N", 10.56]);
    expect(dataset.rows).toContainEqual(["0526U", "", "2026-01-01", "L", 0]);
    expect(JSON.stringify(dataset)).not.toContain("Description removed");
  });

  it("names the file, line and column of a non-numeric amount", () => {
    const text = fixtureText.replace("N,00009.34", "N,9.34 USD");
    expect(() => parseClfs(text, "clfs.csv", Q2_2026)).toThrowErrorMatchingInlineSnapshot(
      `[SourceFormatError: clfs.csv:7: column "RATE": expected a number, got "9.34 USD"]`,
    );
  });

  it("rejects a header without one of the columns it reads", () => {
    const text = fixtureText.replace("EFF_DATE,INDICATOR", "EFFECTIVE,INDICATOR");
    expect(() => parseClfs(text, "clfs.csv", Q2_2026)).toThrowErrorMatchingInlineSnapshot(
      `[SourceFormatError: clfs.csv:5: column "EFF_DATE": missing from the header (renamed or dropped column?)]`,
    );
  });

  it("rejects a second row for the same code and modifier", () => {
    const row = fixtureText.split("\n").find((line) => line.startsWith("2026,36415,"))!;
    expect(() =>
      parseClfs(`${fixtureText}${row}\n`, "clfs.csv", Q2_2026),
    ).toThrowErrorMatchingInlineSnapshot(
      `[SourceFormatError: clfs.csv:14: column "MOD": duplicate row for 36415 with modifier "" (first on line 7)]`,
    );
  });

  it("rejects a row of another year and a file named for another quarter", () => {
    expect(() => parseClfs(fixtureText, "clfs.csv", { year: 2025, quarter: 2 })).toThrow(
      'clfs.csv:6: column "YEAR": expected 2025, got "2026"',
    );
    expect(() => parseClfs(fixtureText, "PUF_CLFS_CY2026_Q1V1.csv", Q2_2026)).toThrow(
      "the file name says 2026 Q1, but the import asked for 2026 Q2",
    );
  });
});

describe("parseQuarterId", () => {
  it("reads 2026Q2 and refuses anything else", () => {
    expect(parseQuarterId("2026q2")).toEqual(Q2_2026);
    expect(() => parseQuarterId("2026-2")).toThrow('expected a quarter such as "2026Q2"');
  });
});

describe("runClfsImport", () => {
  it("writes clfs26q2.json and leaves nothing behind when the file is bad", () => {
    const contentDir = fs.mkdtempSync(path.join(os.tmpdir(), "codeatlas-clfs-"));
    try {
      const bad = path.join(contentDir, "bad.csv");
      fs.writeFileSync(bad, fixtureText.replace("N,00009.34", "N,abc"));
      expect(() =>
        runClfsImport({ csvPath: bad, quarter: "2026Q2", contentDir, log: () => {} }),
      ).toThrow('column "RATE"');
      expect(fs.existsSync(path.join(contentDir, "fee-schedule/clfs26q2.json"))).toBe(false);

      const written = runClfsImport({
        csvPath: path.join(fixtureDir, "clfs-valid.csv"),
        quarter: "2026Q2",
        contentDir,
        log: () => {},
      });
      expect(path.basename(written)).toBe("clfs26q2.json");
      expect(fs.readdirSync(path.dirname(written))).toEqual(["clfs26q2.json"]);
    } finally {
      fs.rmSync(contentDir, { recursive: true, force: true });
    }
  });
});
