/**
 * The log's figures: each entry priced in one release through the calculator's own computation
 * (lib/calculator/compute.ts), and the totals of any set of entries: a day, a week, a month, a year, a
 * location. Sums are kept in integer hundredths (lib/fee-schedule/hundredths.ts), as the calculator's
 * are, so 1.30 × 3 is 3.90.
 */
import { computeLine, findReleaseLocality, type LineFigures } from "@/lib/calculator/compute";
import { itemKey } from "@/lib/calculator/items";
import type {
  CalculatorCodeData,
  CalculatorLocality,
  CalculatorRelease,
  CalculatorSetup,
} from "@/lib/calculator/types";
import { fromHundredths, toHundredths } from "@/lib/fee-schedule/hundredths";

import type { LogEntry } from "./entry";
import { periodKey, type Period } from "./periods";

/** The release the log is priced in, with the reader's locality for that release's GPCI year. */
export interface LogPricing {
  release: CalculatorRelease;
  locality: CalculatorLocality | null;
}

/** The figures of one code, in every release, by code: what `/api/fee-schedule/<code>` returned. */
export type LogCodeData = Readonly<Record<string, CalculatorCodeData>>;

export interface LogTotals {
  /** Entries counted, with and without figures. */
  entries: number;
  workRvu: number;
  totalRvu: number;
  /** National Medicare payment at the release's conversion factor. */
  nationalPayment: number;
  /** National payment at the qualifying-APM conversion factor; null in years with one factor. */
  nationalPaymentQualifyingApm: number | null;
  /** Null when no locality is chosen. */
  localityPayment: number | null;
  /** Entries whose code's figures have not been loaded yet: left out of every sum. */
  pending: number;
  /** Entries with figures but no Medicare payment (not priced, or not in this release). */
  unpaid: number;
}

/** The pricing for a release id (the newest release when it names none the site has). */
export function logPricing(
  setup: CalculatorSetup,
  releaseId: string | null,
  localityId: string | null,
): LogPricing | null {
  const release =
    setup.releases.find((candidate) => candidate.id === releaseId) ?? setup.releases.at(-1);
  if (!release) return null;
  return { release, locality: findReleaseLocality(setup, release, localityId) };
}

/** One entry's figures in the pricing's release, or null while its code's data is not loaded. */
export function entryFigures(
  entry: LogEntry,
  data: LogCodeData,
  pricing: LogPricing,
): LineFigures | null {
  const codeData = data[entry.code];
  if (!codeData) return null;
  return computeLine(entry, codeData, {
    release: pricing.release,
    setting: entry.setting,
    gpci: pricing.locality,
  });
}

/** The totals of a set of entries in one release. */
export function totalEntries(
  entries: readonly LogEntry[],
  data: LogCodeData,
  pricing: LogPricing,
): LogTotals {
  let work = 0;
  let total = 0;
  let national = 0;
  let apm = 0;
  let local = 0;
  let pending = 0;
  let unpaid = 0;
  for (const entry of entries) {
    const figures = entryFigures(entry, data, pricing);
    if (!figures) {
      pending += 1;
      continue;
    }
    work += toHundredths(figures.rvus?.work ?? 0);
    total += toHundredths(figures.rvus?.total ?? 0);
    if (!figures.payment) {
      unpaid += 1;
      continue;
    }
    national += toHundredths(figures.payment.national);
    apm += toHundredths(figures.payment.qualifyingApm ?? 0);
    local += toHundredths(figures.payment.locality ?? 0);
  }
  return {
    entries: entries.length,
    workRvu: fromHundredths(work),
    totalRvu: fromHundredths(total),
    nationalPayment: fromHundredths(national),
    nationalPaymentQualifyingApm:
      pricing.release.qualifyingApmConversionFactor == null ? null : fromHundredths(apm),
    localityPayment: pricing.locality ? fromHundredths(local) : null,
    pending,
    unpaid,
  };
}

/** Entries grouped by the period they fall in, keyed by period key (see lib/wrvu-log/periods.ts). */
export function groupByPeriod(
  entries: readonly LogEntry[],
  period: Period,
): Map<string, LogEntry[]> {
  const groups = new Map<string, LogEntry[]>();
  for (const entry of entries) {
    const key = periodKey(entry.date, period);
    const group = groups.get(key);
    if (group) group.push(entry);
    else groups.set(key, [entry]);
  }
  return groups;
}

/** The entries that fall in one period. */
export function entriesIn(entries: readonly LogEntry[], period: Period, key: string): LogEntry[] {
  return entries.filter((entry) => periodKey(entry.date, period) === key);
}

export interface ChartBar {
  key: string;
  workRvu: number;
}

/** Work RVUs per period for the given keys, in their order; a period without entries is 0. */
export function workRvuSeries(
  entries: readonly LogEntry[],
  data: LogCodeData,
  pricing: LogPricing,
  period: "week" | "month",
  keys: readonly string[],
): ChartBar[] {
  const groups = groupByPeriod(entries, period);
  return keys.map((key) => ({
    key,
    workRvu: totalEntries(groups.get(key) ?? [], data, pricing).workRvu,
  }));
}

export interface TopCode {
  /** "71046-26". */
  key: string;
  code: string;
  /** Units logged, across entries. */
  units: number;
  workRvu: number;
}

/** The codes with the most work RVUs, most first (then by code), at most `limit`. */
export function topCodes(
  entries: readonly LogEntry[],
  data: LogCodeData,
  pricing: LogPricing,
  limit: number,
): TopCode[] {
  const byKey = new Map<string, { code: string; units: number; work: number }>();
  for (const entry of entries) {
    const key = itemKey(entry);
    const row = byKey.get(key) ?? { code: entry.code, units: 0, work: 0 };
    row.units += entry.units;
    row.work += toHundredths(entryFigures(entry, data, pricing)?.rvus?.work ?? 0);
    byKey.set(key, row);
  }
  return [...byKey.entries()]
    .map(([key, row]) => ({
      key,
      code: row.code,
      units: row.units,
      workRvu: fromHundredths(row.work),
    }))
    .sort((a, b) => b.workRvu - a.workRvu || a.key.localeCompare(b.key))
    .slice(0, limit);
}
