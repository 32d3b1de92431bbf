/**
 * Parser for the code utilization files in `../shared/data/utilization/`: the Medicare top-500 list
 * (`rank,code,services_2023,…`) and the Medicaid claims ranking (`rank,code,claims_2018_2024,…`). Only
 * each code's rank is kept: search uses it to put codes billed more often first among equal matches.
 * Columns are found by their header names.
 */
import { readCsvRecords, SourceFormatError } from "@/lib/fee-schedule/parse-pprrvu";

const CODE = /^[A-Z0-9]{5}$/;

export interface UsageRanking {
  /** code → rank (1 = most billed). */
  ranks: Map<string, number>;
  /**
   * Rows whose code is not a five-character billing code: the Medicaid file also ranks revenue codes
   * ("0450") and placeholders. They are counted and reported by the importer, not kept.
   */
  skipped: { line: number; code: string }[];
}

/** The ranks of one ranking file. */
export function parseUsageRanking(text: string, sourceFile: string): UsageRanking {
  const records = readCsvRecords(text, sourceFile);
  const header = (records[0]?.fields ?? []).map((field) => field.trim().toLowerCase());
  const rankColumn = header.indexOf("rank");
  const codeColumn = header.indexOf("code");
  if (rankColumn < 0) throw new SourceFormatError(sourceFile, 1, "rank", "column is missing");
  if (codeColumn < 0) throw new SourceFormatError(sourceFile, 1, "code", "column is missing");
  const ranks = new Map<string, number>();
  const skipped: UsageRanking["skipped"] = [];
  for (const { fields, line } of records.slice(1)) {
    if (fields.every((field) => field.trim() === "")) continue;
    const code = (fields[codeColumn] ?? "").trim().toUpperCase();
    const rank = Number((fields[rankColumn] ?? "").trim());
    if (!CODE.test(code)) {
      skipped.push({ line, code });
      continue;
    }
    if (!Number.isInteger(rank) || rank < 1)
      throw new SourceFormatError(sourceFile, line, "rank", `expected a positive whole number`);
    if (!ranks.has(code)) ranks.set(code, rank);
  }
  return { ranks, skipped };
}

/**
 * One score per code in (0, 1]: Medicare's top list first (the site's readers bill Medicare-style
 * fee-schedule codes), then Medicaid's full ranking below it, each scaled by rank. The two sources count
 * different things (services vs claims, different years), so they are ranked, not added.
 */
export function combineUsageRankings(
  medicare: Map<string, number>,
  medicaid: Map<string, number>,
): [string, number][] {
  // Ranks run to the file's last rank, which counts rows that are not billing codes too.
  const lastRank = (ranks: Map<string, number>) => Math.max(1, ...ranks.values());
  const scale = (rank: number, last: number) => 1 - (rank - 1) / last;
  const scores = new Map<string, number>();
  const medicaidLast = lastRank(medicaid);
  const medicareLast = lastRank(medicare);
  for (const [code, rank] of medicaid) scores.set(code, 0.5 * scale(rank, medicaidLast));
  for (const [code, rank] of medicare) scores.set(code, 0.5 + 0.5 * scale(rank, medicareLast));
  return [...scores]
    .map(([code, score]): [string, number] => [code, Math.round(score * 10_000) / 10_000])
    .sort(([a], [b]) => a.localeCompare(b));
}
