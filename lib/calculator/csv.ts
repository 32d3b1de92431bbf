/**
 * The calculator list as CSV, written by csv-stringify (RFC 4180: CRLF line ends, fields quoted only when
 * they hold a comma, quote or line break).
 *
 * Figures are plain decimals without "$" or thousands separators so spreadsheets read them as numbers. A
 * line Medicare does not pay has empty payment cells and its reason in the note column, never 0.00.
 */
// The browser build carries its own Buffer shim: this module runs in the calculator's Export CSV button.
import { stringify } from "csv-stringify/browser/esm/sync";

import type { CalculatorResult } from "@/lib/calculator/compute";
import type { CalculatorSetting } from "@/lib/calculator/types";
import { formatRvu } from "@/lib/fee-schedule/payment";

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

function dollars(value: number): string {
  return value.toFixed(2);
}

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
      item.code,
      item.modifier,
      String(item.units),
      figures?.rvus ? formatRvu(figures.rvus.work) : "",
      figures?.rvus ? formatRvu(figures.rvus.total) : "",
      figures?.payment ? dollars(figures.payment.national) : "",
      figures?.payment?.locality != null ? dollars(figures.payment.locality) : "",
      note,
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
    formatRvu(totals.workRvu),
    formatRvu(totals.totalRvu),
    dollars(totals.nationalPayment),
    totals.localityPayment === null ? "" : dollars(totals.localityPayment),
    `${context.releaseId}; ${context.setting}${locality}`,
  ]);
  // An explicit record_delimiter would otherwise quote only fields holding all of "\r\n", not a lone "\n".
  return stringify(rows, { record_delimiter: "windows", quote_record_delimiter: true });
}

/** "codeatlas-wrvu-RVU25D-non-facility.csv". */
export function buildCsvFileName(releaseId: string, setting: CalculatorSetting): string {
  return `codeatlas-wrvu-${releaseId}-${setting}.csv`;
}
