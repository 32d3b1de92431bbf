/**
 * Imports an official CMS Physician Fee Schedule release into `content/fee-schedule/`.
 *
 *   npm run import:pfs -- <PPRRVU csv> --release RVU25D [--gpci <GPCI csv>] [--content-dir <dir>]
 *
 * Writes `<release lowercased>.json` and, with --gpci, `gpci<year>.json`. Output depends only on the input
 * files (no timestamps), so re-running an import is a no-op for git. Descriptions are never read.
 */
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { parseDataset } from "@/lib/fee-schedule/dataset-issues";
import { parseGpci } from "@/lib/fee-schedule/parse-gpci";
import { parsePprrvu, SourceFormatError, type PprrvuFile } from "@/lib/fee-schedule/parse-pprrvu";
import {
  gpciDatasetSchema,
  releaseDatasetSchema,
  releaseIdSchema,
  RVU_COLUMNS,
  type GpciDataset,
  type ReleaseDataset,
  type ReleaseInfo,
} from "@/lib/fee-schedule/schema";

/** CMS publishes a release per quarter; the letter in the release id names it. */
const RELEASE_MONTHS: Record<string, string> = {
  A: "January",
  B: "April",
  C: "July",
  D: "October",
};

/**
 * Release metadata from the id and the parsed file, cross-checked against the file's own title so a
 * mislabelled import (e.g. the April file imported as RVU25D) fails instead of publishing wrong figures.
 */
export function buildReleaseInfo(releaseId: string, parsed: PprrvuFile): ReleaseInfo {
  const id = releaseId.toUpperCase();
  const valid = releaseIdSchema.safeParse(id);
  if (!valid.success) {
    throw new Error(`--release: expected a CMS release id such as "RVU25D", got "${releaseId}"`);
  }
  const match = /^RVU(\d{2})([A-D])(R?)$/.exec(id)!;
  const year = 2000 + Number(match[1]);
  const month = RELEASE_MONTHS[match[2]!]!;
  const correction = match[3] === "R";
  if (
    !parsed.title.includes(String(year)) ||
    !parsed.title.toLowerCase().includes(month.toLowerCase())
  ) {
    throw new SourceFormatError(
      parsed.sourceFile,
      1,
      undefined,
      `the title "${parsed.title}" does not match release ${id} (${month} ${year})`,
    );
  }
  return {
    id,
    year,
    label: `${year} ${month}${correction ? " correction" : ""} release (${id})`,
    conversionFactor: parsed.conversionFactor,
    sourceFile: parsed.sourceFile,
    title: parsed.title,
    releasedOn: parsed.releasedOn,
  };
}

/** Builds and validates the release dataset written to disk. */
export function buildReleaseDataset(releaseId: string, parsed: PprrvuFile): ReleaseDataset {
  return parseDataset(
    releaseDatasetSchema,
    {
      kind: "pfs-release",
      format: 1,
      release: buildReleaseInfo(releaseId, parsed),
      columns: [...RVU_COLUMNS],
      rows: parsed.rows,
    },
    `${releaseId.toLowerCase()}.json`,
  );
}

/**
 * JSON text for a release dataset: metadata pretty-printed, one row per line. Rows per line keep the file
 * small (under 2 MB) while a new release still shows up in review as a readable line-by-line diff.
 */
export function serializeReleaseDataset(dataset: ReleaseDataset): string {
  const { rows, ...head } = dataset;
  const headJson = JSON.stringify(head, null, 2);
  const body = rows.map((row) => JSON.stringify(row)).join(",\n");
  return `${headJson.slice(0, -2)},\n  "rows": [\n${body}\n  ]\n}\n`;
}

/** JSON text for a GPCI dataset: metadata pretty-printed, one locality per line. */
export function serializeGpciDataset(dataset: GpciDataset): string {
  const { localities, ...head } = dataset;
  const headJson = JSON.stringify(head, null, 2);
  const body = localities.map((locality) => JSON.stringify(locality)).join(",\n");
  return `${headJson.slice(0, -2)},\n  "localities": [\n${body}\n  ]\n}\n`;
}

/** Counts per value, sorted by value, for the summary. */
function tally(values: Iterable<string>): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([value, count]) => `${value === "" ? "(none)" : value} ${count.toLocaleString("en-US")}`)
    .join(", ");
}

export interface ImportOptions {
  pprrvuPath: string;
  releaseId: string;
  gpciPath?: string;
  contentDir: string;
  /** Progress and summary lines; the CLI passes stderr. */
  log: (line: string) => void;
}

/**
 * Writes each file beside its target first and renames only when every write succeeded, so a failed
 * import never leaves a half-written dataset that the site would load.
 */
export function writeFilesTogether(outputs: readonly (readonly [string, string])[]): string[] {
  const staged = outputs.map(([target, text]) => {
    const temporary = `${target}.${process.pid}.tmp`;
    return { target, temporary, text };
  });
  try {
    for (const file of staged) fs.writeFileSync(file.temporary, file.text);
  } catch (error) {
    for (const file of staged) fs.rmSync(file.temporary, { force: true });
    throw error;
  }
  for (const file of staged) fs.renameSync(file.temporary, file.target);
  return staged.map((file) => file.target);
}

/** Runs one import and returns the files written. */
export function runImport(options: ImportOptions): string[] {
  const { log } = options;
  const outDir = path.join(options.contentDir, "fee-schedule");
  const written: string[] = [];
  const sourceFile = path.basename(options.pprrvuPath);

  log(`Reading ${options.pprrvuPath}`);
  // CMS files are Windows-1252; latin1 keeps every byte, and the only non-ASCII text is in DESCRIPTION.
  const parsed = parsePprrvu(fs.readFileSync(options.pprrvuPath, "latin1"), sourceFile, {
    onProgress: (count) => log(`  ${count.toLocaleString("en-US")} rows parsed`),
  });
  const dataset = buildReleaseDataset(options.releaseId, parsed);

  let gpci: GpciDataset | undefined;
  if (options.gpciPath) {
    log(`Reading ${options.gpciPath}`);
    gpci = parseDataset(
      gpciDatasetSchema,
      parseGpci(fs.readFileSync(options.gpciPath, "latin1"), path.basename(options.gpciPath)),
      path.basename(options.gpciPath),
    );
    if (gpci.year !== dataset.release.year) {
      throw new Error(
        `${gpci.sourceFile}: GPCIs are for ${gpci.year} but release ${dataset.release.id} is for ${dataset.release.year}`,
      );
    }
  }

  fs.mkdirSync(outDir, { recursive: true });
  const outputs: [string, string][] = [
    [
      path.join(outDir, `${dataset.release.id.toLowerCase()}.json`),
      serializeReleaseDataset(dataset),
    ],
  ];
  if (gpci) outputs.push([path.join(outDir, `gpci${gpci.year}.json`), serializeGpciDataset(gpci)]);
  written.push(...writeFilesTogether(outputs));

  const codes = new Set(dataset.rows.map((row) => row[0]));
  log(`Release:           ${dataset.release.label}`);
  log(`Conversion factor: ${dataset.release.conversionFactor}`);
  log(`Rows:              ${dataset.rows.length.toLocaleString("en-US")}`);
  log(`Distinct codes:    ${codes.size.toLocaleString("en-US")}`);
  log(`Modifiers:         ${tally(dataset.rows.map((row) => row[1]))}`);
  log(`Status codes:      ${tally(dataset.rows.map((row) => row[2]))}`);
  if (gpci) log(`GPCI localities:   ${gpci.localities.length} (${gpci.year})`);
  for (const file of written) {
    log(
      `Wrote ${path.relative(process.cwd(), file)} (${(fs.statSync(file).size / 1024).toFixed(0)} KiB)`,
    );
  }
  return written;
}

const USAGE =
  "usage: npm run import:pfs -- <PPRRVU csv> --release RVU25D [--gpci <GPCI csv>] [--content-dir <dir>]";

function main(argv: string[]): number {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        release: { type: "string" },
        gpci: { type: "string" },
        "content-dir": { type: "string" },
      },
    });
    const [pprrvuPath, ...extra] = positionals;
    if (!pprrvuPath || extra.length > 0 || !values.release) throw new Error(USAGE);
    runImport({
      pprrvuPath,
      releaseId: values.release,
      ...(values.gpci ? { gpciPath: values.gpci } : {}),
      contentDir: path.resolve(values["content-dir"] ?? process.env.CONTENT_DIR ?? "content"),
      log: (line) => process.stderr.write(`${line}\n`),
    });
    return 0;
  } catch (error) {
    process.stderr.write(`import:pfs: ${(error as Error).message}\n`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
