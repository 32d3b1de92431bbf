/**
 * The wRVU log's records: one entry per service a reader performed, and the settings they keep beside
 * the entries. Plain data, stored in the reader's browser only (components/log/log-store.ts) and moved
 * between browsers as the JSON file of lib/wrvu-log/log-file.ts. Pure: the log island bundles it.
 */
import type { CalculatorModifier, CalculatorSetting } from "@/lib/calculator/types";

/** One logged service: a code (with its component modifier) done `units` times on `date`. */
export interface LogEntry {
  /** Stable id, unique within the log: an import with the same id replaces the entry. */
  id: string;
  /** The day of service, "YYYY-MM-DD", in the reader's own calendar. */
  date: string;
  /** Canonical upper-case code, e.g. "99213". */
  code: string;
  /** "" for the global service, "26" or "TC" for a component the fee schedule prices on its own. */
  modifier: CalculatorModifier;
  /** Whole number from 1 to 99. */
  units: number;
  setting: CalculatorSetting;
  /** One of the reader's work locations, or "" when none is named. */
  location: string;
  /** Free text for the reader alone; it stays in the browser and is never sent anywhere. */
  note: string;
}

/** What the reader keeps beside the entries. */
export interface LogSettings {
  /** The release the reader's contract fixes RVUs to; null for the newest imported release. */
  contractReleaseId: string | null;
  /** GPCI locality for locality payment, or null for national amounts only. */
  localityId: string | null;
  /** The reader's work locations, in the order they listed them. */
  locations: string[];
  /** wRVU totals the employer reported, by month ("2026-03" → 412.5). */
  reported: Record<string, number>;
  /** Dollars paid per wRVU above the threshold, for the productivity estimate; null when not set. */
  ratePerWrvu: number | null;
  /** wRVUs a year the contract pays no productivity bonus for; null when not set (counts as 0). */
  annualThreshold: number | null;
}

export const DEFAULT_LOG_SETTINGS: LogSettings = {
  contractReleaseId: null,
  localityId: null,
  locations: [],
  reported: {},
  ratePerWrvu: null,
  annualThreshold: null,
};

/** Most entries one log keeps: about twenty services a day, every day, for ten years. */
export const MAX_LOG_ENTRIES = 75_000;
/** Longest note, in characters. */
export const MAX_NOTE_LENGTH = 500;
/** Longest location name, in characters. */
export const MAX_LOCATION_LENGTH = 60;

const pad = (value: number) => String(value).padStart(2, "0");

/** "YYYY-MM-DD" of a moment in the browser's time zone: the reader's today. */
export function localIsoDate(moment: Date): string {
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/**
 * Entries newest day first; within a day, the order they were logged in, last first (entries are
 * appended, so the later index is the later entry).
 */
export function sortEntries(entries: readonly LogEntry[]): LogEntry[] {
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => b.entry.date.localeCompare(a.entry.date) || b.index - a.index)
    .map(({ entry }) => entry);
}

/** The log with `entry` in place of the one with its id, or appended when it is new. */
export function upsertEntry(entries: readonly LogEntry[], entry: LogEntry): LogEntry[] {
  const index = entries.findIndex((candidate) => candidate.id === entry.id);
  if (index === -1) return [...entries, entry];
  return entries.map((candidate, at) => (at === index ? entry : candidate));
}

/**
 * Imported entries merged into a log: an entry whose id the log has replaces it where it stands, the
 * others are appended. Nothing already logged is dropped.
 */
export function mergeEntries(
  entries: readonly LogEntry[],
  imported: readonly LogEntry[],
): LogEntry[] {
  const incoming = new Map(imported.map((entry) => [entry.id, entry]));
  const merged = entries.map((entry) => {
    const replacement = incoming.get(entry.id);
    incoming.delete(entry.id);
    return replacement ?? entry;
  });
  return [...merged, ...incoming.values()];
}

/** Imported settings over the current ones: reported months and locations are joined, the rest replaced. */
export function mergeSettings(current: LogSettings, imported: LogSettings): LogSettings {
  return {
    ...imported,
    locations: [...new Set([...current.locations, ...imported.locations])],
    reported: { ...current.reported, ...imported.reported },
  };
}
