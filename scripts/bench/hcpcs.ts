/**
 * Reads the CMS HCPCS Level II "ANWEB" file: fixed width, 320 columns, CRLF. Only the columns the benchmark
 * needs are read (1-based, as in the CMS record layout):
 *
 *   1–5    HCPCS code          6–10  sequence number     11  record identification
 *   12–91  long description (one 80-column line per record)   92–119  short description (first line only)
 *
 * Record identification 3 is the first line of a procedure code and 4 a continuation line of its long
 * description; 7 and 8 are modifiers, which are not codes and are skipped. Lines before the data (the
 * disclaimer) have no code in columns 1–5 and fall out of the same check.
 */
import fs from "node:fs";

export interface HcpcsCode {
  code: string;
  longDescription: string;
  shortDescription: string;
}

const CODE_COLUMNS = /^[A-Z]\d{4}$/;

function columns(line: string, from: number, to: number): string {
  return line.slice(from - 1, to).trim();
}

/** Every procedure code of the file in file order, with the long description joined across lines. */
export function readHcpcsFile(file: string): HcpcsCode[] {
  const byCode = new Map<string, HcpcsCode>();
  for (const line of fs.readFileSync(file, "latin1").split(/\r?\n/)) {
    const code = line.slice(0, 5);
    const recordId = line.charAt(10);
    if (!CODE_COLUMNS.test(code) || (recordId !== "3" && recordId !== "4")) continue;
    const text = columns(line, 12, 91);
    const existing = byCode.get(code);
    if (recordId === "3" && !existing) {
      byCode.set(code, { code, longDescription: text, shortDescription: columns(line, 92, 119) });
    } else if (recordId === "4" && existing) {
      existing.longDescription = `${existing.longDescription} ${text}`.trim();
    }
  }
  return [...byCode.values()];
}
