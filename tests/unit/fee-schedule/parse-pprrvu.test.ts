import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  isBlankRecord,
  parseDecimal,
  parsePprrvu,
  PPRRVU_SOURCE_COLUMNS,
  readCsvRecords,
} from "@/lib/fee-schedule/parse-pprrvu";
import { RVU_COLUMNS } from "@/lib/fee-schedule/schema";

const fixtureDir = path.resolve(__dirname, "../../fixtures/pfs");

function parseFixture(name: string) {
  return parsePprrvu(fs.readFileSync(path.join(fixtureDir, name), "latin1"), name);
}

function rowFor(file: ReturnType<typeof parsePprrvu>, code: string, modifier = "") {
  const row = file.rows.find((candidate) => candidate[0] === code && candidate[1] === modifier);
  if (!row) throw new Error(`no row ${code} ${modifier}`);
  return Object.fromEntries(RVU_COLUMNS.map((column, index) => [column, row[index]]));
}

describe("parsePprrvu", () => {
  it("reads the title, release date and conversion factor from the preamble and rows", () => {
    const file = parseFixture("pprrvu-valid.csv");
    expect(file.title).toBe(
      "2025 National Physician Fee Schedule Relative Value File October Release",
    );
    expect(file.releasedOn).toBe("2025-09-11");
    expect(file.conversionFactor).toBe(32.3465);
    expect(file.rows).toHaveLength(12);
  });

  it("keeps every modifier row of a code with its own figures", () => {
    const file = parseFixture("pprrvu-valid.csv");
    expect(rowFor(file, "71046")).toMatchObject({
      workRvu: 0.22,
      peNonFacility: 0.77,
      peFacilityNa: 1,
      totalNonFacility: 1.01,
    });
    expect(rowFor(file, "71046", "26")).toMatchObject({
      workRvu: 0.22,
      totalNonFacility: 0.31,
      peFacilityNa: 0,
    });
    expect(rowFor(file, "71046", "TC")).toMatchObject({
      workRvu: 0,
      totalFacility: 0.7,
      physicianSupervision: "01",
    });
    expect(rowFor(file, "45378", "53")).toMatchObject({ status: "A", totalNonFacility: 5.07 });
  });

  it("maps 99213 to the documented columns", () => {
    expect(rowFor(parseFixture("pprrvu-valid.csv"), "99213")).toEqual({
      code: "99213",
      modifier: "",
      status: "A",
      notUsedForMedicarePayment: 0,
      workRvu: 1.3,
      peNonFacility: 1.35,
      peNonFacilityNa: 0,
      peFacility: 0.57,
      peFacilityNa: 0,
      mpRvu: 0.1,
      totalNonFacility: 2.75,
      totalFacility: 1.97,
      pctcIndicator: "0",
      globalDays: "XXX",
      preOpShare: 0,
      intraOpShare: 0,
      postOpShare: 0,
      multipleProcedure: "0",
      bilateralSurgery: "0",
      assistantSurgery: "0",
      coSurgeons: "0",
      teamSurgery: "0",
      endoscopicBaseCode: "",
      physicianSupervision: "09",
      diagnosticImagingFamily: "99",
      oppsPeNonFacility: 0,
      oppsPeFacility: 0,
      oppsMp: 0,
    });
  });

  it("reads a row whose quoted description contains a comma without shifting its columns", () => {
    expect(rowFor(parseFixture("pprrvu-valid.csv"), "D0170")).toMatchObject({
      status: "R",
      totalNonFacility: 0,
      globalDays: "XXX",
    });
  });

  it("never stores a description", () => {
    const file = parseFixture("pprrvu-valid.csv");
    expect(JSON.stringify(file.rows)).not.toContain("Description removed");
  });

  it("records the 1-based CSV line of each row", () => {
    const file = parseFixture("pprrvu-valid.csv");
    expect(file.lines[0]).toBe(11);
    expect(file.lines.at(-1)).toBe(22);
  });

  it("skips the DOS end-of-file row that ends older CMS files", () => {
    const file = parseFixture("pprrvu23-eof-marker.csv");
    expect(file.rows.map((row) => row[0])).toEqual(["D3351", "99213"]);
    expect(file.conversionFactor).toBe(33.8872);
  });

  it("reports progress every N rows", () => {
    const counts: number[] = [];
    parsePprrvu(fs.readFileSync(path.join(fixtureDir, "pprrvu-valid.csv"), "latin1"), "x.csv", {
      progressEvery: 5,
      onProgress: (count) => counts.push(count),
    });
    expect(counts).toEqual([5, 10]);
  });

  it("reads the 2026 layout, whose extra PRIC IND column moves CONV FACTOR to the 26th place", () => {
    const file = parseFixture("pprrvu26-valid.csv");
    expect(file.title).toBe(
      "2026 National Physician Fee Schedule Relative Value File July Release",
    );
    expect(file.releasedOn).toBe("2026-06-30");
    expect(file.conversionFactor).toBe(33.4009);
    expect(rowFor(file, "99213")).toMatchObject({
      workRvu: 1.3,
      totalNonFacility: 2.85,
      totalFacility: 1.72,
      endoscopicBaseCode: "",
      physicianSupervision: "09",
    });
    expect(rowFor(file, "27447")).toMatchObject({
      workRvu: 19.11,
      totalNonFacility: 34.71,
      globalDays: "090",
      postOpShare: 0.21,
    });
    expect(rowFor(file, "71046", "TC")).toMatchObject({ physicianSupervision: "01", oppsMp: 0.04 });
  });

  it("reads columns by name, so a file with its columns in another order gives the same rows", () => {
    const text = fs.readFileSync(path.join(fixtureDir, "pprrvu26-valid.csv"), "latin1");
    // Swap WORK RVU (6th) and MP RVU (11th) in every line, header rows included.
    const swapped = text
      .split("\r\n")
      .map((line) => {
        if (line === "") return line;
        const fields = line.split(",");
        [fields[5], fields[10]] = [fields[10]!, fields[5]!];
        return fields.join(",");
      })
      .join("\r\n");
    expect(parsePprrvu(swapped, "moved.csv").rows).toEqual(parseFixture("pprrvu26-valid.csv").rows);
  });

  it("rejects a header that names a column twice", () => {
    const text = fs.readFileSync(path.join(fixtureDir, "pprrvu26-valid.csv"), "latin1");
    expect(() =>
      parsePprrvu(text.replace(",ASST,CO-,TEAM,", ",ASST,ASST,TEAM,"), "twice.csv"),
    ).toThrowErrorMatchingInlineSnapshot(
      `[SourceFormatError: twice.csv:10: column "ASST SURG": the header names this column twice (columns 21 and 22)]`,
    );
  });

  it("names the file, line and column when a numeric field holds text", () => {
    expect(() => parseFixture("pprrvu-text-in-number.csv")).toThrowErrorMatchingInlineSnapshot(
      `[SourceFormatError: pprrvu-text-in-number.csv:17: column "WORK RVU": expected a number, got "abc"]`,
    );
  });

  it("names the first missing column of a truncated row", () => {
    expect(() => parseFixture("pprrvu-truncated-row.csv")).toThrowErrorMatchingInlineSnapshot(
      `[SourceFormatError: pprrvu-truncated-row.csv:17: row has 12 columns, expected 31 as in the header (truncated from column "FACILITY TOTAL" on)]`,
    );
  });

  it("rejects a file whose header lacks a column", () => {
    expect(() => parseFixture("pprrvu-missing-column.csv")).toThrowErrorMatchingInlineSnapshot(
      `[SourceFormatError: pprrvu-missing-column.csv:10: column "WORK RVU": missing from the header (renamed or dropped column?)]`,
    );
  });

  it("rejects a status code the layout does not document", () => {
    expect(() => parseFixture("pprrvu-unknown-status.csv")).toThrowErrorMatchingInlineSnapshot(
      `[SourceFormatError: pprrvu-unknown-status.csv:21: column "STATUS CODE": expected a PFS status code (A, B, C, D, E, F, G, H, I, J, M, N, P, R, T, X), got "Z"]`,
    );
  });

  it("rejects a file without the HCPCS,MOD,DESCRIPTION header row", () => {
    expect(() => parseFixture("pprrvu-no-header.csv")).toThrowErrorMatchingInlineSnapshot(
      `[SourceFormatError: pprrvu-no-header.csv: no header row starting "HCPCS,MOD,DESCRIPTION" in the first 20 lines; is this a PPRRVU file?]`,
    );
  });

  it("rejects a second row for the same code and modifier", () => {
    const text = fs.readFileSync(path.join(fixtureDir, "pprrvu-valid.csv"), "latin1");
    const duplicate = text.split("\r\n").find((line) => line.startsWith("99213,"))!;
    expect(() =>
      parsePprrvu(`${text}${duplicate}\r\n`, "dup.csv"),
    ).toThrowErrorMatchingInlineSnapshot(
      `[SourceFormatError: dup.csv:23: column "MOD": duplicate row for 99213 with modifier "" (first on line 17)]`,
    );
  });

  it("rejects a row whose conversion factor differs from the rest", () => {
    const text = fs.readFileSync(path.join(fixtureDir, "pprrvu-valid.csv"), "latin1");
    expect(() =>
      parsePprrvu(
        text.replace(
          "J9035,,Description removed,E,,0.00,0.00,,0.00,,0.00,0.00,0.00,9,XXX,0.00,0.00,0.00,9,9,9,9,9,,32.3465",
          "J9035,,Description removed,E,,0.00,0.00,,0.00,,0.00,0.00,0.00,9,XXX,0.00,0.00,0.00,9,9,9,9,9,,33.0000",
        ),
        "cf.csv",
      ),
    ).toThrowErrorMatchingInlineSnapshot(
      `[SourceFormatError: cf.csv:22: column "CONV FACTOR": expected 32.3465 as on line 11, got "33.0000"]`,
    );
  });
});

describe("readCsvRecords", () => {
  it("numbers records by their line in the file", () => {
    expect(readCsvRecords('a,b\r\n"c,d",e\r\n', "x.csv")).toEqual([
      { line: 1, fields: ["a", "b"] },
      { line: 2, fields: ["c,d", "e"] },
    ]);
  });

  it("rejects an unclosed quote with the file and line", () => {
    expect(() => readCsvRecords('a,b\n"c,d\n', "x.csv")).toThrowErrorMatchingInlineSnapshot(
      `[SourceFormatError: x.csv:2: malformed CSV: Quote Not Closed: the parsing is finished with an opening quote at line 2]`,
    );
  });

  it("rejects a quoted field that spans lines, which would throw line numbers off", () => {
    expect(() => readCsvRecords('a,b\n"c\nd",e\n', "x.csv")).toThrowErrorMatchingInlineSnapshot(
      `[SourceFormatError: x.csv:3: unexpected line break inside a quoted field]`,
    );
  });
});

describe("isBlankRecord", () => {
  it("treats empty fields and the Ctrl-Z end-of-file mark as blank", () => {
    expect(isBlankRecord(["\u001a", "", " "])).toBe(true);
    expect(isBlankRecord(["", "x"])).toBe(false);
  });
});

describe("parseDecimal", () => {
  it("accepts CMS decimals and rejects anything else", () => {
    expect(parseDecimal("32.3465", "x.csv", 3, "CONV FACTOR")).toBe(32.3465);
    expect(parseDecimal("0", "x.csv", 3, "CONV FACTOR")).toBe(0);
    expect(() => parseDecimal("-1.00", "x.csv", 3, "WORK RVU")).toThrowErrorMatchingInlineSnapshot(
      `[SourceFormatError: x.csv:3: column "WORK RVU": expected a number, got "-1.00"]`,
    );
    expect(() => parseDecimal("", "x.csv", 3, "WORK RVU")).toThrowErrorMatchingInlineSnapshot(
      `[SourceFormatError: x.csv:3: column "WORK RVU": expected a number, got ""]`,
    );
  });
});

describe("PPRRVU_SOURCE_COLUMNS", () => {
  it("never lists DESCRIPTION, the column that holds AMA and ADA text", () => {
    expect(PPRRVU_SOURCE_COLUMNS).not.toContain("DESCRIPTION");
  });
});
