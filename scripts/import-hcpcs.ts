/**
 * Imports a CMS HCPCS Level II release's long descriptions into `content/fee-schedule/`.
 *
 *   npm run import:hcpcs -- <HCPC20xx_…_long_descriptions.csv> --release 2025JUL [--content-dir <dir>]
 *
 * Writes `hcpcs<yy><mon>.json`: every code and modifier with its public-domain long description, which
 * code pages quote with the release named. Output depends only on the input file.
 */
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { parseDataset } from "@/lib/fee-schedule/dataset-issues";
import { parseHcpcsDescriptions, parseHcpcsReleaseId } from "@/lib/fee-schedule/parse-hcpcs";
import { hcpcsDatasetSchema, type HcpcsDataset } from "@/lib/fee-schedule/schema";
import { writeFilesTogether } from "@/scripts/import-pfs";

/** JSON text: metadata pretty-printed, one entry per line for readable diffs. */
export function serializeHcpcsDataset(dataset: HcpcsDataset): string {
  const lines = (entries: readonly (readonly [string, string])[]) =>
    entries.map((entry) => `    ${JSON.stringify(entry)}`).join(",\n");
  const head = JSON.stringify(
    { kind: dataset.kind, format: dataset.format, release: dataset.release },
    null,
    2,
  );
  return `${head.slice(0, -2)},\n  "codes": [\n${lines(dataset.codes)}\n  ],\n  "modifiers": [\n${lines(dataset.modifiers)}\n  ]\n}\n`;
}

export interface HcpcsImportOptions {
  csvPath: string;
  release: string;
  contentDir: string;
  log: (line: string) => void;
}

/** Runs one import and returns the file written. */
export function runHcpcsImport(options: HcpcsImportOptions): string {
  const { log } = options;
  log(`Reading ${options.csvPath}`);
  const dataset = parseDataset(
    hcpcsDatasetSchema,
    parseHcpcsDescriptions(
      // CMS files are Windows-1252; latin1 keeps every byte.
      fs.readFileSync(options.csvPath, "latin1"),
      path.basename(options.csvPath),
      parseHcpcsReleaseId(options.release),
    ),
    path.basename(options.csvPath),
  );
  const outDir = path.join(options.contentDir, "fee-schedule");
  fs.mkdirSync(outDir, { recursive: true });
  const target = path.join(outDir, `${dataset.release.id.toLowerCase()}.json`);
  const [written] = writeFilesTogether([[target, serializeHcpcsDataset(dataset)]]);
  log(`Release:    ${dataset.release.label}`);
  log(`Codes:      ${dataset.codes.length.toLocaleString("en-US")}`);
  log(`Modifiers:  ${dataset.modifiers.length.toLocaleString("en-US")}`);
  log(`Wrote ${path.relative(process.cwd(), written!)}`);
  return written!;
}

const USAGE =
  "usage: npm run import:hcpcs -- <long descriptions csv> --release 2025JUL [--content-dir <dir>]";

function main(argv: string[]): number {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { release: { type: "string" }, "content-dir": { type: "string" } },
    });
    const [csvPath, ...extra] = positionals;
    if (!csvPath || extra.length > 0 || !values.release) throw new Error(USAGE);
    runHcpcsImport({
      csvPath,
      release: values.release,
      contentDir: path.resolve(values["content-dir"] ?? process.env.CONTENT_DIR ?? "content"),
      log: (line) => process.stderr.write(`${line}\n`),
    });
    return 0;
  } catch (error) {
    process.stderr.write(`import:hcpcs: ${(error as Error).message}\n`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
