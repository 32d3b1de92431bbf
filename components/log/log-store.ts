/**
 * Where the log lives: IndexedDB in the reader's browser, through idb-keyval (one small, well-kept
 * wrapper). Nothing here talks to the server: entries, notes and settings never leave the device.
 * The fee-schedule figures of the logged codes are kept here too, so the log's totals still show
 * offline even when the service worker's cache was cleared.
 */
import { createStore, get, set, setMany, type UseStore } from "idb-keyval";

import type { CalculatorCodeData } from "@/lib/calculator/types";
import { DEFAULT_LOG_SETTINGS, type LogEntry, type LogSettings } from "@/lib/wrvu-log/entry";

export interface StoredLog {
  entries: LogEntry[];
  settings: LogSettings;
  codeData: Record<string, CalculatorCodeData>;
}

const KEYS = { entries: "entries", settings: "settings", codeData: "code-data" } as const;

let store: UseStore | undefined;

function logStore(): UseStore {
  store ??= createStore("codeatlas-wrvu-log", "log");
  return store;
}

export async function loadLog(): Promise<StoredLog> {
  const store = logStore();
  const [entries, settings, codeData] = await Promise.all([
    get<LogEntry[]>(KEYS.entries, store),
    get<LogSettings>(KEYS.settings, store),
    get<Record<string, CalculatorCodeData>>(KEYS.codeData, store),
  ]);
  return {
    entries: entries ?? [],
    settings: { ...DEFAULT_LOG_SETTINGS, ...settings },
    codeData: codeData ?? {},
  };
}

export function saveEntries(entries: readonly LogEntry[]): Promise<void> {
  return set(KEYS.entries, entries, logStore());
}

export function saveSettings(settings: LogSettings): Promise<void> {
  return set(KEYS.settings, settings, logStore());
}

export function saveCodeData(codeData: Record<string, CalculatorCodeData>): Promise<void> {
  return set(KEYS.codeData, codeData, logStore());
}

/** Entries and settings written in one transaction: an import or a clear is all or nothing. */
export function saveLog(entries: readonly LogEntry[], settings: LogSettings): Promise<void> {
  return setMany(
    [
      [KEYS.entries, entries],
      [KEYS.settings, settings],
    ],
    logStore(),
  );
}

/** Asks the browser not to evict the log under storage pressure; quietly does nothing where unsupported. */
export function requestPersistence(): void {
  void navigator.storage?.persist?.().catch(() => undefined);
}
