/**
 * The cells of the site's CSV exports (the calculator's list, the wRVU log) and the one way they are
 * written: csv-stringify, RFC 4180 with CRLF record ends, a field quoted only when it holds a comma, a
 * quote or a line break. Figures are plain decimals without "$" or thousands separators, so spreadsheets
 * read them as numbers; a missing figure is an empty cell, never 0.00.
 *
 * Both exports are lazy chunks of island bundles: nothing here may import a Node-only module.
 */
// The browser build carries its own Buffer shim, so the same import serves the server and the islands.
import { stringify } from "csv-stringify/browser/esm/sync";

import { formatRvu } from "@/lib/fee-schedule/payment";

/**
 * Text for a cell. Text a spreadsheet would run as a formula ("=…", "+…", "-…", "@…", or a leading tab
 * or carriage return) gets a leading apostrophe, so a note or a name from the data is shown, never run.
 */
export function textCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** "177.90": dollars with two decimals; empty when there is no amount. */
function dollarsCell(value: number | null | undefined): string {
  return value == null ? "" : value.toFixed(2);
}

/** "2.60": RVUs as CMS prints them; empty when there are none. */
function rvuCell(value: number | null | undefined): string {
  return value == null ? "" : formatRvu(value);
}

/** What {@link figureCells} reads of a line's figures (lib/calculator/compute.ts's LineFigures). */
export interface CsvFigures {
  rvus: { work: number; total: number } | null;
  payment: { national: number; locality: number | null } | null;
}

/** The figure columns both exports end their rows with: work RVU, total RVU, national and locality payment. */
export function figureCells(figures: CsvFigures | null): string[] {
  return [
    rvuCell(figures?.rvus?.work),
    rvuCell(figures?.rvus?.total),
    dollarsCell(figures?.payment?.national),
    dollarsCell(figures?.payment?.locality),
  ];
}

/** The CSV text of a header and its rows. */
export function writeCsv(rows: readonly (readonly string[])[]): string {
  // An explicit record_delimiter would otherwise quote only fields holding all of "\r\n", not a lone
  // "\n": quote_record_delimiter keeps a note with a line break in one cell.
  return stringify(rows as string[][], {
    record_delimiter: "windows",
    quote_record_delimiter: true,
  });
}
