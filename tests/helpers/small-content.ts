/**
 * A small copy of the real content tree, for tests that build and serve the site against content they may
 * edit: the chosen code records, every specialty, and the fee-schedule datasets cut down to those codes.
 * The full tree makes about 21,500 pages (one per code in the CMS files); this one makes a few hundred,
 * so a production build of it takes a minute instead of five.
 */
import fs from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SOURCE = path.join(ROOT, "content");

type Json = Record<string, unknown>;

/** Keeps the rows of a dataset's row list whose first cell (the code) is one of `codes`. */
function keepRows(dataset: Json, key: string, codes: ReadonlySet<string>): Json {
  const rows = dataset[key];
  if (!Array.isArray(rows)) return dataset;
  return { ...dataset, [key]: rows.filter((row) => codes.has(String((row as unknown[])[0]))) };
}

/** A dataset of content/fee-schedule cut down to `codes` (GPCI localities and modifiers are kept whole). */
function trimDataset(dataset: Json, codes: ReadonlySet<string>): Json {
  switch (dataset.kind) {
    case "pfs-release":
    case "clfs":
      return keepRows(dataset, "rows", codes);
    case "hcpcs":
    case "usage":
      return keepRows(dataset, "codes", codes);
    default:
      return dataset;
  }
}

/**
 * Writes the small tree into `dir` (created if needed) and returns it: `codes` are the code records to copy
 * from content/codes; the fee-schedule data keeps only their rows.
 */
export function writeSmallContentTree(dir: string, codes: readonly string[]): string {
  const keep = new Set(codes);
  fs.mkdirSync(path.join(dir, "codes"), { recursive: true });
  for (const code of codes)
    fs.copyFileSync(
      path.join(SOURCE, "codes", `${code}.md`),
      path.join(dir, "codes", `${code}.md`),
    );
  fs.cpSync(path.join(SOURCE, "specialties"), path.join(dir, "specialties"), { recursive: true });
  fs.mkdirSync(path.join(dir, "fee-schedule"), { recursive: true });
  for (const name of fs.readdirSync(path.join(SOURCE, "fee-schedule"))) {
    if (!name.endsWith(".json")) continue;
    const dataset = JSON.parse(
      fs.readFileSync(path.join(SOURCE, "fee-schedule", name), "utf8"),
    ) as Json;
    fs.writeFileSync(
      path.join(dir, "fee-schedule", name),
      JSON.stringify(trimDataset(dataset, keep)),
    );
  }
  return dir;
}
