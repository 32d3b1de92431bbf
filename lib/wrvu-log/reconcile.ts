/**
 * Reconciling a month of the log with the wRVU total the reader's employer reported for it, and the
 * productivity payment a contract's rate and threshold would give: both pure arithmetic on totals,
 * in integer hundredths (lib/fee-schedule/hundredths.ts).
 */
import { fromHundredths, toHundredths } from "@/lib/fee-schedule/hundredths";
import { formatRvu } from "@/lib/fee-schedule/payment";

import type { LogEntry } from "./entry";
import { totalEntries, type LogCodeData, type LogPricing } from "./totals";

export interface LocationTotal {
  /** The location's name, or "" for entries without one. */
  location: string;
  entries: number;
  workRvu: number;
}

export interface MonthReconciliation {
  /** Work RVUs the log holds for the month, in the pricing's release. */
  logged: number;
  /** What the employer reported, or null when the reader has not typed it. */
  reported: number | null;
  /** reported − logged: positive when the employer counted more than the log, null without a report. */
  difference: number | null;
  /** The logged work RVUs split by work location, in the reader's order, unnamed last. */
  byLocation: LocationTotal[];
}

/** The month's logged work RVUs against the reported total, with the split by location behind them. */
export function reconcileMonth(
  entries: readonly LogEntry[],
  reported: number | null,
  locations: readonly string[],
  data: LogCodeData,
  pricing: LogPricing,
): MonthReconciliation {
  const logged = totalEntries(entries, data, pricing).workRvu;
  const names = [...new Set(entries.map((entry) => entry.location))].sort((a, b) => {
    const rank = (name: string) =>
      name === ""
        ? Infinity
        : locations.indexOf(name) === -1
          ? locations.length
          : locations.indexOf(name);
    return rank(a) - rank(b) || a.localeCompare(b);
  });
  const byLocation = names.map((location) => {
    const at = entries.filter((entry) => entry.location === location);
    return { location, entries: at.length, workRvu: totalEntries(at, data, pricing).workRvu };
  });
  const difference =
    reported === null ? null : fromHundredths(toHundredths(reported) - toHundredths(logged));
  return { logged, reported, difference, byLocation };
}

/**
 * "+1.20", "−0.85" (a minus sign, as in "reported − logged") or "0.00": a month's difference with its
 * sign, since RVU formatting takes no negative figure.
 */
export function formatDifference(difference: number): string {
  const sign = difference > 0 ? "+" : difference < 0 ? "−" : "";
  return `${sign}${formatRvu(Math.abs(difference))}`;
}

export interface ProductivityEstimate {
  /** Work RVUs above the threshold (never below 0). */
  aboveThreshold: number;
  /** aboveThreshold × rate, in dollars. */
  amount: number;
}

/**
 * The productivity payment a year's work RVUs would earn at a $/wRVU rate above an annual threshold:
 * an estimate only, since contracts differ in what they count, how they prorate and when they pay.
 */
export function estimateProductivity(
  annualWorkRvu: number,
  ratePerWrvu: number,
  annualThreshold: number,
): ProductivityEstimate {
  const above = Math.max(0, toHundredths(annualWorkRvu) - toHundredths(annualThreshold));
  return {
    aboveThreshold: fromHundredths(above),
    amount: fromHundredths(Math.round(above * ratePerWrvu)),
  };
}
