/**
 * The log as CSV, for a spreadsheet: one row per entry with its figures in the release the reader
 * chose, written by csv-stringify like the calculator's export. Notes are the reader's own and go in
 * the file they download; nothing here is sent anywhere. Loaded by the island only on export.
 */
import { stringify } from "csv-stringify/browser/esm/sync";

import { formatRvu } from "@/lib/fee-schedule/payment";

import { sortEntries, type LogEntry } from "./entry";
import { entryFigures, type LogCodeData, type LogPricing } from "./totals";

export const LOG_CSV_HEADER = [
  "date",
  "code",
  "modifier",
  "units",
  "setting",
  "location",
  "release",
  "work RVU",
  "total RVU",
  "national payment",
  "locality payment",
  "note",
] as const;

const dollars = (value: number) => value.toFixed(2);

/** Reader text a spreadsheet would run as a formula ("=…", "+…", "-…", "@…") is written as text. */
function asText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** The entries oldest first, priced in `pricing`'s release; cells without a figure are empty, never 0. */
export function buildLogCsv(
  entries: readonly LogEntry[],
  data: LogCodeData,
  pricing: LogPricing,
): string {
  const rows: string[][] = [[...LOG_CSV_HEADER]];
  for (const entry of sortEntries(entries).reverse()) {
    const figures = entryFigures(entry, data, pricing);
    rows.push([
      entry.date,
      entry.code,
      entry.modifier,
      String(entry.units),
      entry.setting,
      asText(entry.location),
      pricing.release.id,
      figures?.rvus ? formatRvu(figures.rvus.work) : "",
      figures?.rvus ? formatRvu(figures.rvus.total) : "",
      figures?.payment ? dollars(figures.payment.national) : "",
      figures?.payment?.locality != null ? dollars(figures.payment.locality) : "",
      asText(entry.note),
    ]);
  }
  // quote_record_delimiter: a note with a line break is quoted, not split across rows.
  return stringify(rows, { record_delimiter: "windows", quote_record_delimiter: true });
}
