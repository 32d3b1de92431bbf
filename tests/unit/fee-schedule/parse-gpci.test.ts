import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseGpci } from "@/lib/fee-schedule/parse-gpci";

const fixtureDir = path.resolve(__dirname, "../../fixtures/pfs");
const read = (name: string) => fs.readFileSync(path.join(fixtureDir, name), "latin1");

describe("parseGpci", () => {
  it("reads the year from the headings and every locality in file order", () => {
    const dataset = parseGpci(read("gpci-valid.csv"), "GPCI2025.csv");
    expect(dataset.year).toBe(2025);
    expect(dataset.localities.map((locality) => locality.id)).toEqual([
      "10112-00",
      "02102-01",
      "01182-18",
      "03602-21",
    ]);
    expect(dataset.localities[2]).toEqual({
      id: "01182-18",
      mac: "01182",
      state: "CA",
      localityNumber: "18",
      name: "LOS ANGELES-LONG BEACH-ANAHEIM (LOS ANGELES/ORANGE CNTY)",
      footnoteMarks: "",
      pw: 1.042,
      pe: 1.194,
      mp: 0.69,
    });
  });

  it("splits footnote asterisks off names and keeps the footnotes", () => {
    const dataset = parseGpci(read("gpci-valid.csv"), "GPCI2025.csv");
    expect(dataset.localities[1]).toMatchObject({ name: "ALASKA", footnoteMarks: "*", pw: 1.5 });
    expect(dataset.localities[3]).toMatchObject({ name: "WYOMING", footnoteMarks: "**" });
    expect(dataset.footnotes).toEqual([
      "*Work GPCI reflects a 1.5 floor in Alaska established by the MIPPA.",
      "**PE GPCI reflects a 1.0 floor for frontier states established by the ACA.",
    ]);
  });

  it("names the file, line and column when an index is not a number", () => {
    expect(() =>
      parseGpci(read("gpci-bad-number.csv"), "gpci-bad-number.csv"),
    ).toThrowErrorMatchingInlineSnapshot(
      `[SourceFormatError: gpci-bad-number.csv:6: column "PW GPCI": expected a number, got "n/a"]`,
    );
  });

  it("rejects a file without the locality heading row", () => {
    expect(() => parseGpci("title,,,\n1,2,3\n", "not-gpci.csv")).toThrowErrorMatchingInlineSnapshot(
      `[SourceFormatError: not-gpci.csv: no header row starting "Medicare Administrative Contractor (MAC)" in the first 10 lines; is this a GPCI file?]`,
    );
  });

  it("rejects a locality row after the table has ended", () => {
    const text = `${read("gpci-valid.csv")}10112,AL,01,EXTRA,1,1,1\r\n`;
    expect(() => parseGpci(text, "GPCI2025.csv")).toThrowErrorMatchingInlineSnapshot(
      `[SourceFormatError: GPCI2025.csv:12: column "MAC": locality row found after the end of the table]`,
    );
  });

  it("rejects the same contractor and locality twice", () => {
    const text = read("gpci-valid.csv").replace("02102,AK,01,ALASKA*", "10112,AL,00,ALABAMA AGAIN");
    expect(() => parseGpci(text, "GPCI2025.csv")).toThrowErrorMatchingInlineSnapshot(
      `[SourceFormatError: GPCI2025.csv:5: column "Locality Number": duplicate locality 10112-00 (first on line 4)]`,
    );
  });
});
