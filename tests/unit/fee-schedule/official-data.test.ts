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

/** Source column (0-based, from the PPRRVU header rows and RVU25D.pdf) of each dataset column. */
const SOURCE_INDEX: Record<string, { index: number; kind: "text" | "number" | "na" | "plus" }> = {
  code: { index: 0, kind: "text" },
  modifier: { index: 1, kind: "text" },
  status: { index: 3, kind: "text" },
  notUsedForMedicarePayment: { index: 4, kind: "plus" },
  workRvu: { index: 5, kind: "number" },
  peNonFacility: { index: 6, kind: "number" },
  peNonFacilityNa: { index: 7, kind: "na" },
  peFacility: { index: 8, kind: "number" },
  peFacilityNa: { index: 9, kind: "na" },
  mpRvu: { index: 10, kind: "number" },
  totalNonFacility: { index: 11, kind: "number" },
  totalFacility: { index: 12, kind: "number" },
  pctcIndicator: { index: 13, kind: "text" },
  globalDays: { index: 14, kind: "text" },
  preOpShare: { index: 15, kind: "number" },
  intraOpShare: { index: 16, kind: "number" },
  postOpShare: { index: 17, kind: "number" },
  multipleProcedure: { index: 18, kind: "text" },
  bilateralSurgery: { index: 19, kind: "text" },
  assistantSurgery: { index: 20, kind: "text" },
  coSurgeons: { index: 21, kind: "text" },
  teamSurgery: { index: 22, kind: "text" },
  endoscopicBaseCode: { index: 23, kind: "text" },
  physicianSupervision: { index: 25, kind: "text" },
  diagnosticImagingFamily: { index: 27, kind: "text" },
  oppsPeNonFacility: { index: 28, kind: "number" },
  oppsPeFacility: { index: 29, kind: "number" },
  oppsMp: { index: 30, kind: "number" },
};
const CONV_FACTOR_INDEX = 24;

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

describe.skipIf(!hasSourceData)(
  "official CMS data (needs ../shared/data/cms; skipped when absent)",
  () => {
    it("has the three imported releases and two GPCI years", () => {
      expect(releaseDatasets.map((dataset) => dataset.name)).toEqual([
        "rvu23d.json",
        "rvu24b.json",
        "rvu25d.json",
      ]);
      expect(gpciDatasets.map((dataset) => dataset.name)).toEqual([
        "gpci2024.json",
        "gpci2025.json",
      ]);
    });

    it.each(releaseDatasets.map((dataset) => [dataset.name, dataset.json] as const))(
      "%s matches its source file figure for figure",
      (_name, json) => {
        const columns: string[] = json.columns;
        const source = readCsv(findSource(json.release.sourceFile));
        const headerIndex = source.findIndex((row) => row[0] === "HCPCS" && row[1] === "MOD");
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
          if (Number(sourceRow[CONV_FACTOR_INDEX]) !== json.release.conversionFactor) {
            mismatches.push(
              `${key}: conversion factor ${sourceRow[CONV_FACTOR_INDEX]} vs ${json.release.conversionFactor}`,
            );
          }
          columns.forEach((column, position) => {
            const spec = SOURCE_INDEX[column];
            if (!spec) {
              mismatches.push(`column ${column} has no source mapping`);
              return;
            }
            const raw = (sourceRow[spec.index] ?? "").trim();
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
        expect(new Set(sourceRows.map((row) => row[CONV_FACTOR_INDEX])).size).toBe(1);
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

    it("never commits a description from the source files", () => {
      const source = readCsv(findSource("PPRRVU2025_Oct.csv"));
      const text = fs.readFileSync(path.join(datasetDir, "rvu25d.json"), "utf8");
      const row99213 = source.find((row) => row[0] === "99213" && row[1] === "");
      expect(row99213?.[2]).toBeTruthy();
      expect(text).not.toContain(row99213![2]!);
    });
  },
);
