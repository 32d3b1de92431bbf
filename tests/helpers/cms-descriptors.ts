/**
 * The DESCRIPTION column of the official PPRRVU files (AMA CPT and ADA CDT text), read at test time
 * only, so tests can prove the site never shows it. Newest release first: a code deleted since keeps the
 * descriptor of the last file that lists it.
 */
import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";

export const CMS_DIR = path.resolve(__dirname, "../../../shared/data/cms");

const SOURCES = [
  "rvu26c/PPRRVU2026_Jul_nonQPP.csv",
  "rvu25d/PPRRVU2025_Oct.csv",
  "rvu24b/PPRRVU24_APR.csv",
  "rvu23d/PPRRVU23_OCT.csv",
];

export const hasCmsFiles = fs.existsSync(CMS_DIR);

/** code → descriptor of its global row (no modifier). */
export function readDescriptors(): Map<string, string> {
  const descriptors = new Map<string, string>();
  for (const source of SOURCES) {
    const rows = parse(fs.readFileSync(path.join(CMS_DIR, source), "latin1"), {
      relax_column_count: true,
    }) as string[][];
    const header = rows.findIndex((row) => row[0] === "HCPCS" && row[2] === "DESCRIPTION");
    for (const row of rows.slice(header + 1)) {
      const [code, modifier, description] = row;
      if (code && modifier === "" && description && !descriptors.has(code)) {
        descriptors.set(code, description);
      }
    }
  }
  return descriptors;
}
