/**
 * Record names must be our own words, never the AMA CPT or ADA CDT descriptor. This compares every
 * curated record's `name` with the DESCRIPTION column of its code in the official PPRRVU files, read here
 * at test time only. HCPCS Level II descriptions are public domain, so those codes are exempt.
 */
import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { getAllCodes } from "@/lib/content";
import { findDescriptorEcho } from "@/lib/content/descriptor-echo";

const cmsDir = path.resolve(__dirname, "../../../../shared/data/cms");
/** Newest first: a code deleted since keeps the descriptor of the last file that lists it. */
const SOURCES = [
  "rvu26c/PPRRVU2026_Jul_nonQPP.csv",
  "rvu25d/PPRRVU2025_Oct.csv",
  "rvu24b/PPRRVU24_APR.csv",
  "rvu23d/PPRRVU23_OCT.csv",
];
const hasSources = fs.existsSync(cmsDir);
if (!hasSources) console.warn(`name guard: skipped, the CMS files are not at ${cmsDir}`);

function readDescriptors(): Map<string, string> {
  const descriptors = new Map<string, string>();
  for (const source of SOURCES) {
    const rows = parse(fs.readFileSync(path.join(cmsDir, source), "latin1"), {
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

describe.skipIf(!hasSources)("record names (needs ../shared/data/cms)", () => {
  it("never repeat or rearrange the CPT or CDT descriptor CMS prints for the code", () => {
    const descriptors = readDescriptors();
    const copies = getAllCodes()
      .filter((record) => record.system !== "hcpcs")
      .flatMap((record) => {
        const descriptor = descriptors.get(record.code);
        const echo =
          descriptor === undefined ? undefined : findDescriptorEcho(record.name, descriptor);
        return echo ? [`content/${record.sourcePath}: name "${record.name}" ${echo}`] : [];
      });
    expect(copies).toEqual([]);
  });
});
