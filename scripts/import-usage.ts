/**
 * Imports the code utilization rankings into `content/fee-schedule/usage.json`.
 *
 *   npm run import:usage -- <medicare-top500 csv> <medicaid-claims csv> [--content-dir <dir>]
 *
 * Keeps one score per code (see combineUsageRankings): search puts codes billed more often first among
 * equal matches. Output depends only on the input files.
 */
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { parseDataset } from "@/lib/fee-schedule/dataset-issues";
import { combineUsageRankings, parseUsageRanking } from "@/lib/fee-schedule/parse-usage";
import { usageDatasetSchema, type UsageDataset } from "@/lib/fee-schedule/schema";
import { writeFilesTogether } from "@/scripts/import-pfs";

function serializeUsage(dataset: UsageDataset): string {
  const head = JSON.stringify(
    { kind: dataset.kind, format: dataset.format, sources: dataset.sources },
    null,
    2,
  );
  const rows = dataset.codes.map((entry) => `    ${JSON.stringify(entry)}`).join(",\n");
  return `${head.slice(0, -2)},\n  "codes": [\n${rows}\n  ]\n}\n`;
}

export function runUsageImport(
  medicarePath: string,
  medicaidPath: string,
  contentDir: string,
): string {
  const read = (file: string) => {
    const { ranks, skipped } = parseUsageRanking(
      fs.readFileSync(file, "utf8"),
      path.basename(file),
    );
    if (skipped.length > 0) {
      const examples = skipped.slice(0, 5).map((row) => `${row.code} (line ${row.line})`);
      process.stderr.write(
        `${path.basename(file)}: skipped ${skipped.length} rows that are not five-character billing codes, e.g. ${examples.join(", ")}\n`,
      );
    }
    return ranks;
  };
  const target = path.join(contentDir, "fee-schedule", "usage.json");
  const dataset = parseDataset(
    usageDatasetSchema,
    {
      kind: "usage",
      format: 1,
      sources: [path.basename(medicarePath), path.basename(medicaidPath)],
      codes: combineUsageRankings(read(medicarePath), read(medicaidPath)),
    },
    path.basename(target),
  );
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const [written] = writeFilesTogether([[target, serializeUsage(dataset)]]);
  process.stderr.write(
    `Codes ranked: ${dataset.codes.length.toLocaleString("en-US")}\nWrote ${path.relative(process.cwd(), written!)}\n`,
  );
  return written!;
}

const USAGE =
  "usage: npm run import:usage -- <medicare-top500 csv> <medicaid-claims csv> [--content-dir <dir>]";

function main(argv: string[]): number {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { "content-dir": { type: "string" } },
    });
    const [medicare, medicaid, ...extra] = positionals;
    if (!medicare || !medicaid || extra.length > 0) throw new Error(USAGE);
    runUsageImport(
      medicare,
      medicaid,
      path.resolve(values["content-dir"] ?? process.env.CONTENT_DIR ?? "content"),
    );
    return 0;
  } catch (error) {
    process.stderr.write(`import:usage: ${(error as Error).message}\n`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
