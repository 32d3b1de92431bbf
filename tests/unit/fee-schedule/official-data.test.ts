/**
 * Checks every committed figure in content/fee-schedule/*.json against the official CMS file it came from.
 *
 * The source files are re-read here with csv-parse and column positions taken from the CMS layout, not
 * through lib/fee-schedule, so a bug in the importer cannot hide itself. The CMS files live outside the
 * repository (../shared/data/cms); without them the suite is skipped, and says so.
 */
import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";

const repoRoot = path.resolve(__dirname, "../../..");
const cmsDir = path.resolve(repoRoot, "../shared/data/cms");
const datasetDir = path.join(repoRoot, "content/fee-schedule");
const hasSourceData = fs.existsSync(cmsDir);

if (!hasSourceData) {
  console.warn(`official-data: skipped, the CMS source files are not at ${cmsDir}`);
}

/**
 * Source column, by the name its stacked header rows spell (RVU25D.pdf, RVU26B layout), of each dataset
 * column. Names, not positions: RVU26C has one more column than 2023–2025.
 */
const SOURCE_COLUMN: Record<string, { name: string; kind: "text" | "number" | "na" | "plus" }> = {
  code: { name: "HCPCS", kind: "text" },
  modifier: { name: "MOD", kind: "text" },
  status: { name: "STATUS CODE", kind: "text" },
  notUsedForMedicarePayment: { name: "NOT USED FOR MEDICARE PAYMENT", kind: "plus" },
  workRvu: { name: "WORK RVU", kind: "number" },
  peNonFacility: { name: "NON-FAC PE RVU", kind: "number" },
  peNonFacilityNa: { name: "NON-FAC NA INDICATOR", kind: "na" },
  peFacility: { name: "FACILITY PE RVU", kind: "number" },
  peFacilityNa: { name: "FACILITY NA INDICATOR", kind: "na" },
  mpRvu: { name: "MP RVU", kind: "number" },
  totalNonFacility: { name: "NON-FACILITY TOTAL", kind: "number" },
  totalFacility: { name: "FACILITY TOTAL", kind: "number" },
  pctcIndicator: { name: "PCTC IND", kind: "text" },
  globalDays: { name: "GLOB DAYS", kind: "text" },
  preOpShare: { name: "PRE OP", kind: "number" },
  intraOpShare: { name: "INTRA OP", kind: "number" },
  postOpShare: { name: "POST OP", kind: "number" },
  multipleProcedure: { name: "MULT PROC", kind: "text" },
  bilateralSurgery: { name: "BILAT SURG", kind: "text" },
  assistantSurgery: { name: "ASST SURG", kind: "text" },
  coSurgeons: { name: "CO- SURG", kind: "text" },
  teamSurgery: { name: "TEAM SURG", kind: "text" },
  endoscopicBaseCode: { name: "ENDO BASE", kind: "text" },
  physicianSupervision: { name: "PHYSICIAN SUPERVISION OF DIAGNOSTIC PROCEDURES", kind: "text" },
  diagnosticImagingFamily: { name: "DIAGNOSTIC IMAGING FAMILY INDICATOR", kind: "text" },
  oppsPeNonFacility: { name: "NON-FACILITY PE USED FOR OPPS PAYMENT AMOUNT", kind: "number" },
  oppsPeFacility: { name: "FACILITY PE USED FOR OPPS PAYMENT AMOUNT", kind: "number" },
  oppsMp: { name: "MP USED FOR OPPS PAYMENT AMOUNT", kind: "number" },
};

/** Header name of every column: the header rows read down the column, preamble text (columns 0–2) left out. */
function headerNames(source: string[][], headerIndex: number): Map<string, number> {
  const width = source[headerIndex]!.length;
  const names = new Map<string, number>();
  for (let column = 0; column < width; column += 1) {
    const stack = column <= 2 ? [source[headerIndex]!] : source.slice(0, headerIndex + 1);
    const name = stack
      .map((row) => (row[column] ?? "").trim())
      .filter(Boolean)
      .join(" ")
      .replace(/\s+/g, " ")
      .toUpperCase();
    names.set(name, column);
  }
  return names;
}

function findSource(fileName: string): string {
  for (const folder of fs.readdirSync(cmsDir)) {
    const candidate = path.join(cmsDir, folder, fileName);
    if (fs.existsSync(candidate)) return candidate;
  }
  throw new Error(`source file ${fileName} not found under ${cmsDir}`);
}

function readCsv(file: string): string[][] {
  return parse(fs.readFileSync(file, "latin1"), { relax_column_count: true }) as string[][];
}

const datasets = hasSourceData
  ? fs
      .readdirSync(datasetDir)
      .filter((name) => name.endsWith(".json"))
      .sort()
      .map((name) => ({
        name,
        json: JSON.parse(fs.readFileSync(path.join(datasetDir, name), "utf8")),
      }))
  : [];
const releaseDatasets = datasets.filter((dataset) => dataset.json.kind === "pfs-release");
const gpciDatasets = datasets.filter((dataset) => dataset.json.kind === "gpci");
const clfsDatasets = datasets.filter((dataset) => dataset.json.kind === "clfs");

describe.skipIf(!hasSourceData)(
  "official CMS data (needs ../shared/data/cms; skipped when absent)",
  () => {
    it("has the four imported releases and three GPCI years", () => {
      expect(releaseDatasets.map((dataset) => dataset.name)).toEqual([
        "rvu23d.json",
        "rvu24b.json",
        "rvu25d.json",
        "rvu26c.json",
      ]);
      expect(gpciDatasets.map((dataset) => dataset.name)).toEqual([
        "gpci2024.json",
        "gpci2025.json",
        "gpci2026.json",
      ]);
    });

    it("holds the 2026 figures CMS published for 99213 and 27447", () => {
      const rvu26c = releaseDatasets.find((dataset) => dataset.name === "rvu26c.json")!.json;
      const columns: string[] = rvu26c.columns;
      const field = (code: string, column: string) =>
        (rvu26c.rows as unknown[][]).find((row) => row[0] === code && row[1] === "")![
          columns.indexOf(column)
        ];
      expect(rvu26c.release.conversionFactor).toBe(33.4009);
      expect(field("99213", "workRvu")).toBe(1.3);
      expect(field("99213", "totalNonFacility")).toBe(2.85);
      expect(field("99213", "totalFacility")).toBe(1.72);
      expect(field("27447", "workRvu")).toBe(19.11);
      expect(field("27447", "totalFacility")).toBe(34.71);
    });

    it.each(releaseDatasets.map((dataset) => [dataset.name, dataset.json] as const))(
      "%s matches its source file figure for figure",
      (_name, json) => {
        const columns: string[] = json.columns;
        const source = readCsv(findSource(json.release.sourceFile));
        const headerIndex = source.findIndex((row) => row[0] === "HCPCS" && row[1] === "MOD");
        const columnIndex = headerNames(source, headerIndex);
        const convFactorIndex = columnIndex.get("CONV FACTOR")!;
        const sourceRows = source
          .slice(headerIndex + 1)
          .filter((row) => row.some((field) => field.replace(/\u001a/g, "").trim() !== ""));
        const committed = new Map<string, unknown[]>();
        for (const row of json.rows as unknown[][]) committed.set(`${row[0]}|${row[1]}`, row);

        const mismatches: string[] = [];
        for (const sourceRow of sourceRows) {
          const key = `${sourceRow[0]}|${sourceRow[1]}`;
          const row = committed.get(key);
          if (!row) {
            mismatches.push(`${key}: missing from the dataset`);
            continue;
          }
          if (Number(sourceRow[convFactorIndex]) !== json.release.conversionFactor) {
            mismatches.push(
              `${key}: conversion factor ${sourceRow[convFactorIndex]} vs ${json.release.conversionFactor}`,
            );
          }
          columns.forEach((column, position) => {
            const spec = SOURCE_COLUMN[column];
            const index = spec && columnIndex.get(spec.name);
            if (!spec || index === undefined) {
              mismatches.push(`column ${column} has no source column`);
              return;
            }
            const raw = (sourceRow[index] ?? "").trim();
            const expected =
              spec.kind === "number"
                ? Number(raw)
                : spec.kind === "na"
                  ? raw === "NA"
                    ? 1
                    : 0
                  : spec.kind === "plus"
                    ? raw === "+"
                      ? 1
                      : 0
                    : raw;
            if (row[position] !== expected)
              mismatches.push(
                `${key}: ${column} is ${JSON.stringify(row[position])}, source says "${raw}"`,
              );
          });
        }
        expect(mismatches.slice(0, 20)).toEqual([]);
        expect(json.rows).toHaveLength(sourceRows.length);
        expect(new Set(sourceRows.map((row) => row[convFactorIndex])).size).toBe(1);
      },
    );

    it.each(gpciDatasets.map((dataset) => [dataset.name, dataset.json] as const))(
      "%s matches its source file figure for figure",
      (_name, json) => {
        const sourceRows = readCsv(findSource(json.sourceFile)).filter((row) =>
          /^\d{5}$/.test((row[0] ?? "").trim()),
        );
        const committed = new Map<string, Record<string, unknown>>();
        for (const locality of json.localities) committed.set(locality.id, locality);
        const mismatches: string[] = [];
        for (const [mac, state, localityNumber, name, pw, pe, mp] of sourceRows) {
          const id = `${mac}-${localityNumber}`;
          const locality = committed.get(id);
          if (!locality) {
            mismatches.push(`${id}: missing from the dataset`);
            continue;
          }
          const expected = {
            state,
            name: name!.replace(/\*+$/, "").trim(),
            pw: Number(pw),
            pe: Number(pe),
            mp: Number(mp),
          };
          for (const [field, value] of Object.entries(expected)) {
            if (locality[field] !== value)
              mismatches.push(
                `${id}: ${field} is ${JSON.stringify(locality[field])}, source says ${JSON.stringify(value)}`,
              );
          }
        }
        expect(mismatches).toEqual([]);
        expect(json.localities).toHaveLength(sourceRows.length);
        expect(json.year).toBe(Number(/GPCI(\d{4})\.csv$/.exec(json.sourceFile)?.[1]));
      },
    );

    it.each(clfsDatasets.map((dataset) => [dataset.name, dataset.json] as const))(
      "%s matches its source file amount for amount, without descriptors",
      (_name, json) => {
        const source = readCsv(findSource(json.schedule.sourceFile));
        const header = source.findIndex((row) => row[0] === "YEAR");
        const at = (name: string) => source[header]!.indexOf(name);
        const sourceRows = source.slice(header + 1).filter((row) => row.length > 5);
        expect(
          sourceRows.map((row) => [
            row[at("HCPCS")],
            row[at("MOD")],
            row[at("EFF_DATE")]!.replace(/^(\d{4})(\d{2})(\d{2})$/, "$1-$2-$3"),
            row[at("INDICATOR")],
            Number(row[at("RATE")]),
          ]),
        ).toEqual(json.rows);
        const text = JSON.stringify(json);
        const lab = sourceRows.find((row) => row[at("HCPCS")] === "80053")!;
        expect(text).not.toContain(lab[at("SHORTDESC")]);
        expect(text).not.toContain(lab[at("LONGDESC")]);
      },
    );

    it.each([
      ["PPRRVU2025_Oct.csv", "rvu25d.json"],
      ["PPRRVU2026_Jul_nonQPP.csv", "rvu26c.json"],
    ])("never commits a description from %s", (sourceName, datasetName) => {
      const source = readCsv(findSource(sourceName));
      const text = fs.readFileSync(path.join(datasetDir, datasetName), "utf8");
      const row99213 = source.find((row) => row[0] === "99213" && row[1] === "");
      expect(row99213?.[2]).toBeTruthy();
      expect(text).not.toContain(row99213![2]!);
    });
  },
);
