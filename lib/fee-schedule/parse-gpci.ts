/**
 * Parser for the CMS geographic practice cost index file (GPCI20xx.csv, "Addendum E").
 *
 * The table is short but sits between a title and footnotes, so the parser reads the heading row to learn
 * the year, takes the contiguous block of locality rows, and keeps the asterisk footnotes that qualify them.
 */
import type { GpciDataset, GpciLocality } from "@/lib/fee-schedule/schema";
import {
  isBlankRecord,
  parseDecimal,
  readCsvRecords,
  SourceFormatError,
} from "@/lib/fee-schedule/parse-pprrvu";

const HEADER_SEARCH_LIMIT = 10;
const MAC_PATTERN = /^\d{5}$/;

/**
 * Heading patterns of the seven columns; the GPCI headings carry the year, which must agree across them.
 * A heading may end in footnote asterisks (2026: "2026 PW GPCI (with 1.0 Floor)***"), explained below the table.
 */
const GPCI_COLUMNS = [
  { name: "MAC", heading: /^Medicare Administrative Contractor \(MAC\)$/i },
  { name: "State", heading: /^State$/i },
  { name: "Locality Number", heading: /^Locality Number$/i },
  { name: "Locality Name", heading: /^Locality Name$/i },
  { name: "PW GPCI", heading: /^(\d{4}) PW GPCI \(with 1\.0 Floor\)\**$/i },
  { name: "PE GPCI", heading: /^(\d{4}) PE GPCI$/i },
  { name: "MP GPCI", heading: /^(\d{4}) MP GPCI$/i },
] as const;

/**
 * Parses the text of an official GPCI CSV.
 *
 * @param sourceFile file name used in error messages, e.g. "GPCI2025.csv"
 * @returns the dataset written to `content/fee-schedule/gpci<year>.json`
 * @throws SourceFormatError naming `file:line` and the column for anything unexpected
 */
export function parseGpci(text: string, sourceFile: string): GpciDataset {
  const records = readCsvRecords(text, sourceFile);
  const headerIndex = records
    .slice(0, HEADER_SEARCH_LIMIT)
    .findIndex((record) => GPCI_COLUMNS[0].heading.test((record.fields[0] ?? "").trim()));
  if (headerIndex === -1) {
    throw new SourceFormatError(
      sourceFile,
      undefined,
      undefined,
      `no header row starting "Medicare Administrative Contractor (MAC)" in the first ${HEADER_SEARCH_LIMIT} lines; is this a GPCI file?`,
    );
  }
  const header = records[headerIndex]!;
  const years = new Set<string>();
  GPCI_COLUMNS.forEach(({ name, heading }, index) => {
    const actual = (header.fields[index] ?? "").trim();
    const match = heading.exec(actual);
    if (!match) {
      throw new SourceFormatError(sourceFile, header.line, name, `unexpected heading "${actual}"`);
    }
    if (match[1] !== undefined) years.add(match[1]);
  });
  if (header.fields.length !== GPCI_COLUMNS.length) {
    throw new SourceFormatError(
      sourceFile,
      header.line,
      undefined,
      `header has ${header.fields.length} columns, expected ${GPCI_COLUMNS.length}`,
    );
  }
  const [year, ...otherYears] = [...years];
  if (year === undefined || otherYears.length > 0) {
    throw new SourceFormatError(
      sourceFile,
      header.line,
      "PW GPCI",
      `expected one year across the GPCI headings, got ${[...years].join(", ") || "none"}`,
    );
  }

  const title = records
    .slice(0, headerIndex)
    .map((record) => (record.fields[0] ?? "").trim())
    .find((text) => text !== "");
  if (title === undefined) {
    throw new SourceFormatError(
      sourceFile,
      1,
      undefined,
      "expected a title line before the header",
    );
  }

  const localities: GpciLocality[] = [];
  const footnotes: string[] = [];
  const firstLineById = new Map<string, number>();
  let tableEnded = false;
  let previousWasFootnote = false;

  for (const { line, fields: rawFields } of records.slice(headerIndex + 1)) {
    if (isBlankRecord(rawFields)) {
      if (localities.length > 0) tableEnded = true;
      previousWasFootnote = false;
      continue;
    }
    const fields = rawFields.map((field) => field.trim());
    const first = fields[0]!;
    if (!MAC_PATTERN.test(first)) {
      if (localities.length === 0) {
        throw new SourceFormatError(
          sourceFile,
          line,
          "MAC",
          `expected a five-digit contractor number, got "${first}"`,
        );
      }
      tableEnded = true;
      if (first.startsWith("*")) footnotes.push(first);
      // 2026 wraps its *** note onto an indented line; keep it with the note it continues.
      else if (/^\s/.test(rawFields[0]!) && footnotes.length > 0 && previousWasFootnote) {
        footnotes[footnotes.length - 1] += ` ${first}`;
      }
      previousWasFootnote = first.startsWith("*") || previousWasFootnote;
      continue;
    }
    if (tableEnded) {
      // A locality row after the notes means the table was split; silently joining the parts could hide a loss.
      throw new SourceFormatError(
        sourceFile,
        line,
        "MAC",
        "locality row found after the end of the table",
      );
    }
    if (fields.length !== GPCI_COLUMNS.length) {
      const missing = GPCI_COLUMNS[fields.length];
      throw new SourceFormatError(
        sourceFile,
        line,
        undefined,
        missing === undefined
          ? `row has ${fields.length} columns, expected ${GPCI_COLUMNS.length}`
          : `row has ${fields.length} columns, expected ${GPCI_COLUMNS.length} (truncated from column "${missing.name}" on)`,
      );
    }
    const [mac, state, localityNumber, rawName, pw, pe, mp] = fields as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    if (!/^[A-Z]{2}$/.test(state)) {
      throw new SourceFormatError(
        sourceFile,
        line,
        "State",
        `expected a two-letter state, got "${state}"`,
      );
    }
    if (!/^\d{2}$/.test(localityNumber)) {
      throw new SourceFormatError(
        sourceFile,
        line,
        "Locality Number",
        `expected a two-digit locality number, got "${localityNumber}"`,
      );
    }
    const nameMatch = /^(.*?)\s*(\**)$/.exec(rawName)!;
    const name = nameMatch[1]!;
    if (name === "") {
      throw new SourceFormatError(
        sourceFile,
        line,
        "Locality Name",
        "expected a locality name, got an empty value",
      );
    }
    const index = (value: string, column: string): number => {
      const parsed = parseDecimal(value, sourceFile, line, column);
      if (parsed <= 0)
        throw new SourceFormatError(
          sourceFile,
          line,
          column,
          `expected a positive index, got "${value}"`,
        );
      return parsed;
    };
    const id = `${mac}-${localityNumber}`;
    const firstLine = firstLineById.get(id);
    if (firstLine !== undefined) {
      throw new SourceFormatError(
        sourceFile,
        line,
        "Locality Number",
        `duplicate locality ${id} (first on line ${firstLine})`,
      );
    }
    firstLineById.set(id, line);
    localities.push({
      id,
      mac,
      state,
      localityNumber,
      name,
      footnoteMarks: nameMatch[2]!,
      pw: index(pw, "PW GPCI"),
      pe: index(pe, "PE GPCI"),
      mp: index(mp, "MP GPCI"),
    });
  }

  if (localities.length === 0) {
    throw new SourceFormatError(
      sourceFile,
      header.line,
      undefined,
      "no locality rows after the header",
    );
  }
  return { kind: "gpci", format: 1, year: Number(year), sourceFile, title, footnotes, localities };
}
