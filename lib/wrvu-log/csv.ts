/**
 * The log as CSV, for a spreadsheet: one row per entry with its figures in the release the reader
 * chose, written with the same cells as the calculator's export (lib/fee-schedule/csv-cells.ts). Notes
 * are the reader's own and go in the file they download; nothing here is sent anywhere. Loaded by the
 * island only on export.
 */
import { figureCells, textCell, writeCsv } from "@/lib/fee-schedule/csv-cells";

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
      textCell(entry.location),
      pricing.release.id,
      ...figureCells(figures),
      textCell(entry.note),
    ]);
  }
  return writeCsv(rows);
}
