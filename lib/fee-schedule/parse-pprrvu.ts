/**
 * Parser for the CMS PFS relative value file (PPRRVU*.csv).
 *
 * The importer is the only gate between an official file and the figures the site publishes, so it checks
 * the file's shape instead of trusting positions: a CMS layout change must stop the import with a message
 * that points at the line and column, never shift a number into the wrong field.
 */
import { CsvError, parse } from "csv-parse/sync";
import {
  BILATERAL_SURGERY_INDICATORS,
  GLOBAL_PERIOD_CODES,
  MULTIPLE_PROCEDURE_INDICATORS,
  PCTC_INDICATORS,
  PFS_STATUS_CODES,
  SURGERY_TEAM_INDICATORS,
  type RvuRowTuple,
} from "@/lib/fee-schedule/schema";

/** An official source file did not have the expected shape; the message names file, line and column. */
export class SourceFormatError extends Error {
  readonly sourceFile: string;
  readonly line: number | undefined;
  readonly column: string | undefined;

  constructor(
    sourceFile: string,
    line: number | undefined,
    column: string | undefined,
    problem: string,
  ) {
    const location = line === undefined ? sourceFile : `${sourceFile}:${line}`;
    super(
      column === undefined
        ? `${location}: ${problem}`
        : `${location}: column "${column}": ${problem}`,
    );
    this.name = "SourceFormatError";
    this.sourceFile = sourceFile;
    this.line = line;
    this.column = column;
  }
}

/** One CSV record with the 1-based line it sits on. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/**
 * Tokenises CSV text with csv-parse and attaches line numbers.
 *
 * Records spanning several lines are rejected: neither CMS file has them, and csv-parse's line counter
 * drifts after one, which would make every later error message point at the wrong line.
 */
export function readCsvRecords(text: string, sourceFile: string): CsvRecord[] {
  let parsed: { record: string[]; info: { lines: number } }[];
  try {
    parsed = parse(text, {
      info: true,
      relax_column_count: true,
      bom: true,
    }) as unknown as typeof parsed;
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines;
      throw new SourceFormatError(sourceFile, line, undefined, `malformed CSV: ${error.message}`);
    }
    throw error;
  }
  return parsed.map(({ record, info }) => {
    if (record.some((field) => field.includes("\n") || field.includes("\r"))) {
      throw new SourceFormatError(
        sourceFile,
        info.lines,
        undefined,
        "unexpected line break inside a quoted field",
      );
    }
    return { line: info.lines, fields: record };
  });
}

/** True for filler rows: all fields empty, including the DOS end-of-file mark (Ctrl-Z) some CMS files end with. */
export function isBlankRecord(fields: readonly string[]): boolean {
  return fields.every((field) => field.replace(/\u001a/g, "").trim() === "");
}

const DECIMAL = /^\d+(\.\d+)?$/;

/** Parses a non-negative decimal as printed by CMS ("1.30", "0", "32.3465"); throws with the column name. */
export function parseDecimal(
  value: string,
  sourceFile: string,
  line: number,
  column: string,
): number {
  if (!DECIMAL.test(value)) {
    throw new SourceFormatError(sourceFile, line, column, `expected a number, got "${value}"`);
  }
  return Number(value);
}

function parseEnum<T extends string>(
  value: string,
  allowed: readonly T[],
  sourceFile: string,
  line: number,
  column: string,
  what: string,
): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new SourceFormatError(
      sourceFile,
      line,
      column,
      `expected ${what} (${allowed.join(", ")}), got "${value}"`,
    );
  }
  return value as T;
}

function parsePattern(
  value: string,
  pattern: RegExp,
  sourceFile: string,
  line: number,
  column: string,
  what: string,
): string {
  if (!pattern.test(value)) {
    throw new SourceFormatError(sourceFile, line, column, `expected ${what}, got "${value}"`);
  }
  return value;
}

/**
 * Columns the importer reads, named as the stacked header rows spell them when read down each column.
 * Columns are found by these names, never by position: RVU26C added "PRIC IND" before "ENDO BASE", and a
 * future release may add or move others. A column the file has but this list lacks (DESCRIPTION, which
 * holds AMA and ADA text; PRIC IND, 9 on every RVU26C row) is never read. A listed column that the header
 * lacks stops the import with its name.
 */
export const PPRRVU_SOURCE_COLUMNS = [
  "HCPCS",
  "MOD",
  "STATUS CODE",
  "NOT USED FOR MEDICARE PAYMENT",
  "WORK RVU",
  "NON-FAC PE RVU",
  "NON-FAC NA INDICATOR",
  "FACILITY PE RVU",
  "FACILITY NA INDICATOR",
  "MP RVU",
  "NON-FACILITY TOTAL",
  "FACILITY TOTAL",
  "PCTC IND",
  "GLOB DAYS",
  "PRE OP",
  "INTRA OP",
  "POST OP",
  "MULT PROC",
  "BILAT SURG",
  "ASST SURG",
  "CO- SURG",
  "TEAM SURG",
  "ENDO BASE",
  "CONV FACTOR",
  "PHYSICIAN SUPERVISION OF DIAGNOSTIC PROCEDURES",
  "CALCULATION FLAG",
  "DIAGNOSTIC IMAGING FAMILY INDICATOR",
  "NON-FACILITY PE USED FOR OPPS PAYMENT AMOUNT",
  "FACILITY PE USED FOR OPPS PAYMENT AMOUNT",
  "MP USED FOR OPPS PAYMENT AMOUNT",
] as const;

type SourceColumn = (typeof PPRRVU_SOURCE_COLUMNS)[number];

const HEADER_SEARCH_LIMIT = 20;
/** The preamble and the first header rows keep their text in the DESCRIPTION column, which is the third. */
const PREAMBLE_TEXT_COLUMN = 2;

/** The parsed content of one relative value file, descriptions excluded. */
export interface PprrvuFile {
  sourceFile: string;
  /** The title line, e.g. "2025 National Physician Fee Schedule Relative Value File October Release". */
  title: string;
  /** ISO date of the "RELEASED mm/dd/yyyy" line, or null. */
  releasedOn: string | null;
  /** Conversion factor shared by every row. */
  conversionFactor: number;
  /** Rows in file order, laid out as {@link RvuRowTuple}. */
  rows: RvuRowTuple[];
  /** 1-based CSV line of each row, parallel to `rows`, for messages about a row. */
  lines: number[];
}

export interface ParsePprrvuOptions {
  /** Called after every `progressEvery` data rows with the running count. */
  onProgress?: (rowsParsed: number) => void;
  /** Defaults to 5,000. */
  progressEvery?: number;
}

function headerName(records: CsvRecord[], headerIndex: number, column: number): string {
  const header = records[headerIndex]!;
  // Preamble text sits in the first three columns, so only the last header row names those.
  const stack = column <= PREAMBLE_TEXT_COLUMN ? [header] : records.slice(0, headerIndex + 1);
  return stack
    .map((record) => (record.fields[column] ?? "").trim())
    .filter((part) => part !== "")
    .join(" ")
    .replace(/\s+/g, " ")
    .toUpperCase();
}

/**
 * Finds every column the importer reads by its header name. A missing column or a name the header spells
 * twice stops the import, naming the column and the header line.
 */
function locateColumns(
  records: CsvRecord[],
  headerIndex: number,
  sourceFile: string,
): Map<SourceColumn, number> {
  const headerRecord = records[headerIndex]!;
  const indexByName = new Map<string, number>();
  headerRecord.fields.forEach((_, index) => {
    const name = headerName(records, headerIndex, index);
    if (name === "") return;
    const earlier = indexByName.get(name);
    if (earlier !== undefined) {
      throw new SourceFormatError(
        sourceFile,
        headerRecord.line,
        name,
        `the header names this column twice (columns ${earlier + 1} and ${index + 1})`,
      );
    }
    indexByName.set(name, index);
  });
  const located = new Map<SourceColumn, number>();
  for (const column of PPRRVU_SOURCE_COLUMNS) {
    const index = indexByName.get(column);
    if (index === undefined) {
      throw new SourceFormatError(
        sourceFile,
        headerRecord.line,
        column,
        "missing from the header (renamed or dropped column?)",
      );
    }
    located.set(column, index);
  }
  return located;
}

/**
 * Parses the text of an official PPRRVU CSV into dataset rows.
 *
 * @param text file contents (CMS files are Windows-1252; only the ignored DESCRIPTION column is non-ASCII)
 * @param sourceFile file name used in error messages, e.g. "PPRRVU2025_Oct.csv"
 * @throws SourceFormatError naming `file:line` and the column for anything outside the documented layout
 */
export function parsePprrvu(
  text: string,
  sourceFile: string,
  options: ParsePprrvuOptions = {},
): PprrvuFile {
  const records = readCsvRecords(text, sourceFile);
  const headerIndex = records.slice(0, HEADER_SEARCH_LIMIT).findIndex(
    (record) =>
      record.fields
        .slice(0, 3)
        .map((field) => field.trim().toUpperCase())
        .join(",") === "HCPCS,MOD,DESCRIPTION",
  );
  if (headerIndex === -1) {
    throw new SourceFormatError(
      sourceFile,
      undefined,
      undefined,
      `no header row starting "HCPCS,MOD,DESCRIPTION" in the first ${HEADER_SEARCH_LIMIT} lines; is this a PPRRVU file?`,
    );
  }
  const headerRecord = records[headerIndex]!;
  const columnIndex = locateColumns(records, headerIndex, sourceFile);
  const columnCount = headerRecord.fields.length;

  const preambleText = records
    .slice(0, headerIndex)
    .map((record) => (record.fields[PREAMBLE_TEXT_COLUMN] ?? "").trim())
    .filter((text) => text !== "");
  const title = preambleText[0];
  if (title === undefined) {
    throw new SourceFormatError(
      sourceFile,
      1,
      undefined,
      "expected a title line before the header",
    );
  }
  const released = preambleText
    .map((text) => /^RELEASED\s+(\d{2})\/(\d{2})\/(\d{4})$/.exec(text))
    .find(Boolean);
  const releasedOn = released ? `${released[3]}-${released[1]}-${released[2]}` : null;

  const rows: RvuRowTuple[] = [];
  const lines: number[] = [];
  const firstLineByKey = new Map<string, number>();
  let conversionFactor: number | undefined;
  let conversionFactorLine = 0;
  const progressEvery = options.progressEvery ?? 5000;

  for (const { line, fields: rawFields } of records.slice(headerIndex + 1)) {
    if (isBlankRecord(rawFields)) continue;
    if (rawFields.length !== columnCount) {
      const missing = headerName(records, headerIndex, rawFields.length);
      throw new SourceFormatError(
        sourceFile,
        line,
        undefined,
        rawFields.length < columnCount
          ? `row has ${rawFields.length} columns, expected ${columnCount} as in the header (truncated from column "${missing}" on)`
          : `row has ${rawFields.length} columns, expected ${columnCount} as in the header`,
      );
    }
    const get = (column: SourceColumn): string => rawFields[columnIndex.get(column)!]!.trim();
    const decimal = (column: SourceColumn): number =>
      parseDecimal(get(column), sourceFile, line, column);
    const flag = (column: SourceColumn, marker: string): 0 | 1 => {
      const value = get(column);
      if (value !== "" && value !== marker) {
        throw new SourceFormatError(
          sourceFile,
          line,
          column,
          `expected "${marker}" or blank, got "${value}"`,
        );
      }
      return value === marker ? 1 : 0;
    };
    const enumValue = <T extends string>(
      column: SourceColumn,
      allowed: readonly T[],
      what: string,
    ): T => parseEnum(get(column), allowed, sourceFile, line, column, what);
    const pattern = (column: SourceColumn, regex: RegExp, what: string): string =>
      parsePattern(get(column), regex, sourceFile, line, column, what);

    const code = pattern("HCPCS", /^[A-Z0-9]{5}$/, "a five-character code");
    const modifier = pattern("MOD", /^([A-Z0-9]{2})?$/, "a blank or two-character modifier");
    const key = `${code}\u0000${modifier}`;
    const firstLine = firstLineByKey.get(key);
    if (firstLine !== undefined) {
      throw new SourceFormatError(
        sourceFile,
        line,
        "MOD",
        `duplicate row for ${code} with modifier "${modifier}" (first on line ${firstLine})`,
      );
    }
    firstLineByKey.set(key, line);

    const rowConversionFactor = decimal("CONV FACTOR");
    if (conversionFactor === undefined) {
      conversionFactor = rowConversionFactor;
      conversionFactorLine = line;
    } else if (rowConversionFactor !== conversionFactor) {
      // The dataset stores one factor per release; a second factor would need a format change, not a guess.
      throw new SourceFormatError(
        sourceFile,
        line,
        "CONV FACTOR",
        `expected ${conversionFactor} as on line ${conversionFactorLine}, got "${get("CONV FACTOR")}"`,
      );
    }
    pattern("CALCULATION FLAG", /^\d$/, "a one-digit flag");

    rows.push([
      code,
      modifier,
      enumValue("STATUS CODE", PFS_STATUS_CODES, "a PFS status code"),
      flag("NOT USED FOR MEDICARE PAYMENT", "+"),
      decimal("WORK RVU"),
      decimal("NON-FAC PE RVU"),
      flag("NON-FAC NA INDICATOR", "NA"),
      decimal("FACILITY PE RVU"),
      flag("FACILITY NA INDICATOR", "NA"),
      decimal("MP RVU"),
      decimal("NON-FACILITY TOTAL"),
      decimal("FACILITY TOTAL"),
      enumValue("PCTC IND", PCTC_INDICATORS, "a PC/TC indicator"),
      enumValue("GLOB DAYS", GLOBAL_PERIOD_CODES, "a global period"),
      decimal("PRE OP"),
      decimal("INTRA OP"),
      decimal("POST OP"),
      enumValue("MULT PROC", MULTIPLE_PROCEDURE_INDICATORS, "a multiple procedure indicator"),
      enumValue("BILAT SURG", BILATERAL_SURGERY_INDICATORS, "a bilateral surgery indicator"),
      enumValue("ASST SURG", SURGERY_TEAM_INDICATORS, "an assistant at surgery indicator"),
      enumValue("CO- SURG", SURGERY_TEAM_INDICATORS, "a co-surgeon indicator"),
      enumValue("TEAM SURG", SURGERY_TEAM_INDICATORS, "a team surgery indicator"),
      pattern("ENDO BASE", /^([A-Z0-9]{5})?$/, "a blank or five-character code"),
      pattern(
        "PHYSICIAN SUPERVISION OF DIAGNOSTIC PROCEDURES",
        /^[0-9A-Z]{2}$/,
        "a two-character supervision code",
      ),
      pattern("DIAGNOSTIC IMAGING FAMILY INDICATOR", /^\d{2}$/, "a two-digit family indicator"),
      decimal("NON-FACILITY PE USED FOR OPPS PAYMENT AMOUNT"),
      decimal("FACILITY PE USED FOR OPPS PAYMENT AMOUNT"),
      decimal("MP USED FOR OPPS PAYMENT AMOUNT"),
    ]);
    lines.push(line);
    if (options.onProgress && rows.length % progressEvery === 0) options.onProgress(rows.length);
  }

  if (conversionFactor === undefined) {
    throw new SourceFormatError(
      sourceFile,
      headerRecord.line,
      undefined,
      "no data rows after the header",
    );
  }
  return { sourceFile, title, releasedOn, conversionFactor, rows, lines };
}
