/**
 * The calculator list as CSV, for the Export CSV button, written with the cells of
 * lib/fee-schedule/csv-cells.ts. A line Medicare does not pay has empty payment cells and its reason in
 * the note column, never 0.00. Codes, modifiers and notes are text cells: one starting with "=" is never
 * a formula.
 */
import type { CalculatorResult } from "@/lib/calculator/compute";
import type { CalculatorSetting } from "@/lib/calculator/types";
import { figureCells, textCell, writeCsv } from "@/lib/fee-schedule/csv-cells";

export interface CsvContext {
  releaseId: string;
  setting: CalculatorSetting;
  /** Locality name and GPCI year, when a locality is chosen. */
  locality: { name: string; state: string; gpciYear: number } | null;
}

export const CSV_HEADER = [
  "code",
  "modifier",
  "units",
  "work RVU",
  "total RVU",
  "national payment",
  "locality payment",
  "note",
] as const;

/** Builds the CSV text: a header, one row per line, and a totals row whose note names the release. */
export function buildCalculatorCsv(result: CalculatorResult, context: CsvContext): string {
  const rows: string[][] = [[...CSV_HEADER]];
  for (const line of result.lines) {
    const { figures, item } = line;
    const note = !figures
      ? "figures not loaded"
      : figures.payment
        ? figures.settingNa
          ? `CMS marks the ${context.setting} practice expense NA`
          : ""
        : figures.referenceOnly
          ? `${figures.pricing.summary}; RVUs listed by CMS for reference, no Medicare payment`
          : figures.pricing.summary;
    rows.push([
      textCell(item.code),
      textCell(item.modifier),
      String(item.units),
      ...figureCells(figures),
      textCell(note),
    ]);
  }
  const { totals } = result;
  const locality = context.locality
    ? `; locality ${context.locality.name} (${context.locality.state}), ${context.locality.gpciYear} GPCI`
    : "; national amounts only";
  rows.push([
    "Total",
    "",
    "",
    ...figureCells({
      rvus: { work: totals.workRvu, total: totals.totalRvu },
      payment: { national: totals.nationalPayment, locality: totals.localityPayment },
    }),
    textCell(`${context.releaseId}; ${context.setting}${locality}`),
  ]);
  return writeCsv(rows);
}

/** "codeatlas-wrvu-RVU25D-non-facility.csv". */
export function buildCsvFileName(releaseId: string, setting: CalculatorSetting): string {
  return `codeatlas-wrvu-${releaseId}-${setting}.csv`;
}
