/**
 * Parser for the CMS HCPCS Level II long-description file (`HCPC2025_JUL_long_descriptions.csv`: columns
 * HCPC, SEQNUM, RECID, LONG DESCRIPTION; record id 3 is a code, 7 a modifier).
 *
 * HCPCS Level II descriptions are public domain, so unlike the PPRRVU and CLFS descriptor columns (AMA
 * and ADA text) they are imported and quoted on the site, attributed to the release. Columns are found by
 * their header names.
 */
import { isBlankRecord, readCsvRecords, SourceFormatError } from "@/lib/fee-schedule/parse-pprrvu";
import type { HcpcsDataset } from "@/lib/fee-schedule/schema";
import { MONTH_NAMES } from "@/lib/text/month-names";

const REQUIRED_COLUMNS = ["HCPC", "RECID", "LONG DESCRIPTION"] as const;
const CODE_RECORD = "3";
const MODIFIER_RECORD = "7";
const HCPCS_CODE = /^[A-CEGHJ-MP-V]\d{4}$/;
const MODIFIER = /^[A-Z0-9]{2}$/;

export interface HcpcsRelease {
  /** "HCPCS25JUL". */
  id: string;
  /** "HCPCS Level II, July 2025". */
  label: string;
}

const MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];

/** "2025JUL" → { id: "HCPCS25JUL", label: "HCPCS Level II, July 2025" }; throws on anything else. */
export function parseHcpcsReleaseId(text: string): HcpcsRelease {
  const match = /^(\d{4})([A-Z]{3})$/i.exec(text.trim());
  const month = match ? MONTHS.indexOf(match[2]!.toUpperCase()) : -1;
  if (!match || month < 0) throw new Error(`--release: expected e.g. "2025JUL", got "${text}"`);
  return {
    id: `HCPCS${match[1]!.slice(2)}${MONTHS[month]}`,
    label: `HCPCS Level II, ${MONTH_NAMES[month]} ${match[1]}`,
  };
}

/** Collapses the runs of spaces the spreadsheet export leaves inside descriptions. */
function tidy(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * Parses the long-description CSV. Every row must be a code or a modifier with a description; a
 * duplicate or malformed row fails with its line, so nothing is silently dropped.
 */
export function parseHcpcsDescriptions(
  text: string,
  sourceFile: string,
  release: HcpcsRelease,
): HcpcsDataset {
  const records = readCsvRecords(text, sourceFile);
  const header = records[0]?.fields ?? [];
  const column = Object.fromEntries(
    REQUIRED_COLUMNS.map((name) => {
      const index = header.findIndex((field) => field.trim().toUpperCase() === name);
      if (index < 0) throw new SourceFormatError(sourceFile, 1, name, "column is missing");
      return [name, index];
    }),
  ) as Record<(typeof REQUIRED_COLUMNS)[number], number>;

  const codes = new Map<string, string>();
  const modifiers = new Map<string, string>();
  for (const { fields, line } of records.slice(1)) {
    if (isBlankRecord(fields)) continue;
    const code = (fields[column.HCPC] ?? "").trim();
    const recordId = (fields[column.RECID] ?? "").trim();
    const description = tidy(fields[column["LONG DESCRIPTION"]] ?? "");
    const [target, pattern] =
      recordId === CODE_RECORD
        ? [codes, HCPCS_CODE]
        : recordId === MODIFIER_RECORD
          ? [modifiers, MODIFIER]
          : [undefined, undefined];
    if (!target || !pattern)
      throw new SourceFormatError(sourceFile, line, "RECID", `unexpected record id "${recordId}"`);
    if (!pattern.test(code))
      throw new SourceFormatError(sourceFile, line, "HCPC", `"${code}" is not a HCPCS code`);
    if (!description)
      throw new SourceFormatError(sourceFile, line, "LONG DESCRIPTION", "empty description");
    if (target.has(code))
      throw new SourceFormatError(sourceFile, line, "HCPC", `${code} appears twice`);
    target.set(code, description);
  }
  const sorted = (map: Map<string, string>) =>
    [...map].sort(([a], [b]) => a.localeCompare(b)) as [string, string][];
  return {
    kind: "hcpcs",
    format: 1,
    release: { ...release, sourceFile },
    codes: sorted(codes),
    modifiers: sorted(modifiers),
  };
}
