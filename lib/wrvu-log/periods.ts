/**
 * Calendar periods of the log: the day, the week (Monday to Sunday, as ISO 8601 counts it), the month
 * and the year a date falls in, as sortable keys, and their names for people. Dates are "YYYY-MM-DD"
 * strings and all arithmetic is on UTC midnights, so a time zone or a daylight-saving change never moves
 * an entry into another period.
 */

import { MONTH_NAMES } from "@/lib/text/month-names";

export const PERIODS = ["day", "week", "month", "year"] as const;
export type Period = (typeof PERIODS)[number];

/** "March" for month 3. */
function monthName(month: number): string {
  return MONTH_NAMES[month - 1]!;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written "YYYY-MM-DD" (no 2026-02-30). */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}

function toUtc(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

function fromUtc(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The date `days` after `date` (before, when negative). */
export function addDays(date: string, days: number): string {
  const moment = toUtc(date);
  moment.setUTCDate(moment.getUTCDate() + days);
  return fromUtc(moment);
}

/** The Monday of the date's week. */
export function weekStart(date: string): string {
  const weekday = (toUtc(date).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return addDays(date, -weekday);
}

/** The period's key: the date, its week's Monday, "YYYY-MM" or "YYYY". Keys sort in time order. */
export function periodKey(date: string, period: Period): string {
  switch (period) {
    case "day":
      return date;
    case "week":
      return weekStart(date);
    case "month":
      return date.slice(0, 7);
    case "year":
      return date.slice(0, 4);
  }
}

function dayName(date: string): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return `${day} ${monthName(month)} ${year}`;
}

/** "4 March 2026", "Week of 2 March 2026", "March 2026", "2026". */
export function periodLabel(key: string, period: Period): string {
  switch (period) {
    case "day":
      return dayName(key);
    case "week":
      return `Week of ${dayName(key)}`;
    case "month": {
      const [year, month] = key.split("-").map(Number) as [number, number];
      return `${monthName(month)} ${year}`;
    }
    case "year":
      return key;
  }
}

/** A short label for a chart axis: "2 Mar" for a week, "Mar" for a month. */
export function shortPeriodLabel(key: string, period: "week" | "month"): string {
  const [, month = 1, day = 1] = key.split("-").map(Number);
  const name = monthName(month).slice(0, 3);
  return period === "week" ? `${day} ${name}` : name;
}

/** The key of the period just before or after (`step` -1 or 1). */
export function stepPeriod(key: string, period: Period, step: number): string {
  switch (period) {
    case "day":
      return addDays(key, step);
    case "week":
      return addDays(key, 7 * step);
    case "month": {
      const [year, month] = key.split("-").map(Number) as [number, number];
      const index = year * 12 + (month - 1) + step;
      return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
    }
    case "year":
      return String(Number(key) + step);
  }
}

/** `count` consecutive period keys ending with `lastKey`, oldest first. */
export function periodRange(lastKey: string, period: Period, count: number): string[] {
  const keys = [lastKey];
  while (keys.length < count) keys.unshift(stepPeriod(keys[0]!, period, -1));
  return keys;
}
