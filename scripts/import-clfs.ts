/**
 * Imports one quarter of the CMS Clinical Laboratory Fee Schedule into `content/fee-schedule/`.
 *
 *   npm run import:clfs -- <PUF_CLFS csv> --quarter 2026Q2 [--content-dir <dir>]
 *
 * Writes `clfs<yy>q<n>.json`: code, modifier, effective date, pricing indicator and national limitation
 * amount per row. The descriptor columns (AMA text) are never read. Output depends only on the input file.
 */
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { parseDataset } from "@/lib/fee-schedule/dataset-issues";
import { parseClfs, parseQuarterId } from "@/lib/fee-schedule/parse-clfs";
import { clfsDatasetSchema, type ClfsDataset } from "@/lib/fee-schedule/schema";
import { writeFilesTogether } from "@/scripts/import-pfs";

/** JSON text for a CLFS dataset: metadata pretty-printed, one row per line for readable diffs. */
export function serializeClfsDataset(dataset: ClfsDataset): string {
  const { rows, ...head } = dataset;
  const headJson = JSON.stringify(head, null, 2);
  const body = rows.map((row) => JSON.stringify(row)).join(",\n");
  return `${headJson.slice(0, -2)},\n  "rows": [\n${body}\n  ]\n}\n`;
}

export interface ClfsImportOptions {
  csvPath: string;
  quarter: string;
  contentDir: string;
  log: (line: string) => void;
}

/** Runs one import and returns the file written. */
export function runClfsImport(options: ClfsImportOptions): string {
  const { log } = options;
  log(`Reading ${options.csvPath}`);
  // CMS files are Windows-1252; latin1 keeps every byte, and only the ignored descriptors are non-ASCII.
  const dataset = parseDataset(
    clfsDatasetSchema,
    parseClfs(
      fs.readFileSync(options.csvPath, "latin1"),
      path.basename(options.csvPath),
      parseQuarterId(options.quarter),
    ),
    path.basename(options.csvPath),
  );
  const outDir = path.join(options.contentDir, "fee-schedule");
  fs.mkdirSync(outDir, { recursive: true });
  const target = path.join(outDir, `${dataset.schedule.id.toLowerCase()}.json`);
  const [written] = writeFilesTogether([[target, serializeClfsDataset(dataset)]]);
  const codes = new Set(dataset.rows.map((row) => row[0]));
  const local = dataset.rows.filter((row) => row[3] === "L").length;
  log(`Schedule:        ${dataset.schedule.label}`);
  log(`Rows:            ${dataset.rows.length.toLocaleString("en-US")}`);
  log(`Distinct codes:  ${codes.size.toLocaleString("en-US")}`);
  log(`Priced locally:  ${local.toLocaleString("en-US")} rows`);
  log(`Wrote ${path.relative(process.cwd(), written!)}`);
  return written!;
}

const USAGE = "usage: npm run import:clfs -- <PUF_CLFS csv> --quarter 2026Q2 [--content-dir <dir>]";

function main(argv: string[]): number {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { quarter: { type: "string" }, "content-dir": { type: "string" } },
    });
    const [csvPath, ...extra] = positionals;
    if (!csvPath || extra.length > 0 || !values.quarter) throw new Error(USAGE);
    runClfsImport({
      csvPath,
      quarter: values.quarter,
      contentDir: path.resolve(values["content-dir"] ?? process.env.CONTENT_DIR ?? "content"),
      log: (line) => process.stderr.write(`${line}\n`),
    });
    return 0;
  } catch (error) {
    process.stderr.write(`import:clfs: ${(error as Error).message}\n`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
