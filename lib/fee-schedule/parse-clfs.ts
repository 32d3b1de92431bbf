/**
 * Parser for the CMS Clinical Laboratory Fee Schedule public use file (PUF_CLFS_CY20xx_Qn*.csv).
 *
 * Lab tests are paid from this schedule, not from RVUs, so a lab code's page quotes its national
 * limitation amount from here. Columns are found by their header names. The three descriptor columns
 * (SHORTDESC, LONGDESC, EXTENDEDLONGDESC) hold AMA text and are never read.
 */
import {
  isBlankRecord,
  parseDecimal,
  readCsvRecords,
  SourceFormatError,
} from "@/lib/fee-schedule/parse-pprrvu";
import {
  CLFS_COLUMNS,
  CLFS_PRICING_INDICATORS,
  type ClfsDataset,
  type ClfsRowTuple,
} from "@/lib/fee-schedule/schema";

/** The columns the importer reads, by header name. */
export const CLFS_SOURCE_COLUMNS = [
  "YEAR",
  "HCPCS",
  "MOD",
  "EFF_DATE",
  "INDICATOR",
  "RATE",
] as const;
type ClfsColumn = (typeof CLFS_SOURCE_COLUMNS)[number];

const HEADER_SEARCH_LIMIT = 20;

export interface ClfsQuarter {
  year: number;
  /** 1–4. */
  quarter: number;
}

/** "2026Q2" → { year: 2026, quarter: 2 }; throws on anything else. */
export function parseQuarterId(text: string): ClfsQuarter {
  const match = /^(\d{4})Q([1-4])$/i.exec(text.trim());
  if (!match) throw new Error(`--quarter: expected a quarter such as "2026Q2", got "${text}"`);
  return { year: Number(match[1]), quarter: Number(match[2]) };
}

/** "20260401" → "2026-04-01", or undefined when it is not a real calendar date. */
function parseCompactDate(value: string): string | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  if (!match) return undefined;
  const iso = `${match[1]}-${match[2]}-${match[3]}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : undefined;
}

/**
 * Parses the text of an official CLFS CSV for one quarter.
 *
 * @param sourceFile file name used in error messages; when it names a quarter ("…_CY2026_Q2…") that
 *   quarter must be the one asked for, so a file imported under the wrong quarter fails
 * @throws SourceFormatError naming `file:line` and the column for anything outside the layout
 */
export function parseClfs(text: string, sourceFile: string, wanted: ClfsQuarter): ClfsDataset {
  const named = /CY(\d{4})_Q([1-4])/i.exec(sourceFile);
  if (named && (Number(named[1]) !== wanted.year || Number(named[2]) !== wanted.quarter)) {
    throw new SourceFormatError(
      sourceFile,
      undefined,
      undefined,
      `the file name says ${named[1]} Q${named[2]}, but the import asked for ${wanted.year} Q${wanted.quarter}`,
    );
  }
  const records = readCsvRecords(text, sourceFile);
  const headerIndex = records
    .slice(0, HEADER_SEARCH_LIMIT)
    .findIndex((record) => record.fields[0]?.trim().toUpperCase() === "YEAR");
  if (headerIndex === -1) {
    throw new SourceFormatError(
      sourceFile,
      undefined,
      undefined,
      `no header row starting "YEAR" in the first ${HEADER_SEARCH_LIMIT} lines; is this a CLFS file?`,
    );
  }
  const header = records[headerIndex]!;
  const names = header.fields.map((field) => field.trim().toUpperCase());
  const columnIndex = new Map<ClfsColumn, number>();
  for (const column of CLFS_SOURCE_COLUMNS) {
    const index = names.indexOf(column);
    if (index === -1) {
      throw new SourceFormatError(
        sourceFile,
        header.line,
        column,
        "missing from the header (renamed or dropped column?)",
      );
    }
    if (names.indexOf(column, index + 1) !== -1) {
      throw new SourceFormatError(
        sourceFile,
        header.line,
        column,
        "the header names this column twice",
      );
    }
    columnIndex.set(column, index);
  }
  const title = records
    .slice(0, headerIndex)
    .map((record) => (record.fields[0] ?? "").trim())
    .find((line) => line !== "");
  if (title === undefined) {
    throw new SourceFormatError(
      sourceFile,
      1,
      undefined,
      "expected a title line before the header",
    );
  }

  const rows: ClfsRowTuple[] = [];
  const firstLineByKey = new Map<string, number>();
  for (const { line, fields } of records.slice(headerIndex + 1)) {
    if (isBlankRecord(fields)) continue;
    if (fields.length !== header.fields.length) {
      throw new SourceFormatError(
        sourceFile,
        line,
        undefined,
        `row has ${fields.length} columns, expected ${header.fields.length} as in the header`,
      );
    }
    const get = (column: ClfsColumn): string => fields[columnIndex.get(column)!]!.trim();
    const fail = (column: ClfsColumn, problem: string): never => {
      throw new SourceFormatError(sourceFile, line, column, problem);
    };

    if (get("YEAR") !== String(wanted.year)) {
      fail("YEAR", `expected ${wanted.year}, got "${get("YEAR")}"`);
    }
    const code = get("HCPCS");
    if (!/^[A-Z0-9]{5}$/.test(code)) fail("HCPCS", `expected a five-character code, got "${code}"`);
    const modifier = get("MOD");
    if (!/^([A-Z0-9]{2})?$/.test(modifier)) {
      fail("MOD", `expected a blank or two-character modifier, got "${modifier}"`);
    }
    const key = `${code}\u0000${modifier}`;
    const firstLine = firstLineByKey.get(key);
    if (firstLine !== undefined) {
      fail(
        "MOD",
        `duplicate row for ${code} with modifier "${modifier}" (first on line ${firstLine})`,
      );
    }
    firstLineByKey.set(key, line);
    const effectiveDate = parseCompactDate(get("EFF_DATE"));
    if (effectiveDate === undefined) {
      fail("EFF_DATE", `expected a date written as YYYYMMDD, got "${get("EFF_DATE")}"`);
    }
    const indicator = get("INDICATOR");
    if (!(CLFS_PRICING_INDICATORS as readonly string[]).includes(indicator)) {
      fail(
        "INDICATOR",
        `expected a pricing indicator (${CLFS_PRICING_INDICATORS.join(", ")}), got "${indicator}"`,
      );
    }
    const rate = parseDecimal(get("RATE"), sourceFile, line, "RATE");
    rows.push([code, modifier, effectiveDate!, indicator as ClfsRowTuple[3], rate]);
  }
  if (rows.length === 0) {
    throw new SourceFormatError(
      sourceFile,
      header.line,
      undefined,
      "no data rows after the header",
    );
  }
  return {
    kind: "clfs",
    format: 1,
    schedule: {
      id: `CLFS${String(wanted.year).slice(2)}Q${wanted.quarter}`,
      year: wanted.year,
      quarter: wanted.quarter,
      label: `Clinical Laboratory Fee Schedule, ${wanted.year} Q${wanted.quarter}`,
      sourceFile,
      title,
    },
    columns: [...CLFS_COLUMNS],
    rows,
  };
}
