import { useCallback, useEffect, useRef, useState } from "react";

import { fetchManyCodeData, splitFetched } from "@/lib/calculator/fetch-code-data";
import type { CalculatorCodeData } from "@/lib/calculator/types";
import {
  DEFAULT_LOG_SETTINGS,
  mergeEntries,
  mergeSettings,
  upsertEntry,
  type LogEntry,
  type LogSettings,
} from "@/lib/wrvu-log/entry";
import type { LogFile } from "@/lib/wrvu-log/log-file";

import {
  loadLog,
  requestPersistence,
  saveCodeData,
  saveEntries,
  saveLog,
  saveSettings,
} from "./log-store";

export interface LogState {
  /** Null until the browser's storage has answered (and always on the server). */
  entries: LogEntry[] | null;
  settings: LogSettings;
  data: Record<string, CalculatorCodeData>;
  /** The last change, read out politely. */
  status: string;
  /** Why something failed (storage, a fetch), or null. */
  error: string | null;
  /** The entry deleted last, with its place, until another change makes undo meaningless. */
  deleted: { entry: LogEntry; index: number } | null;
}

const STORAGE_ERROR =
  "This browser did not let the page open its storage (a private window may refuse it), so entries cannot be kept here.";

/** The log's state and every change to it; each change is written to IndexedDB as it happens. */
export function useLog() {
  const [state, setState] = useState<LogState>({
    entries: null,
    settings: DEFAULT_LOG_SETTINGS,
    data: {},
    status: "",
    error: null,
    deleted: null,
  });
  const fetching = useRef(new Set<string>());

  useEffect(() => {
    loadLog()
      .then((stored) =>
        setState((current) => ({
          ...current,
          entries: stored.entries,
          settings: stored.settings,
          data: { ...stored.codeData, ...current.data },
        })),
      )
      .catch(() => setState((current) => ({ ...current, entries: [], error: STORAGE_ERROR })));
  }, []);

  const report = useCallback((saving: Promise<void>) => {
    saving.catch(() => setState((current) => ({ ...current, error: STORAGE_ERROR })));
  }, []);

  /** Loads the figures of codes the page does not have; resolves with the failures' sentences. */
  const loadCodes = useCallback(
    async (codes: readonly string[]): Promise<string[]> => {
      const missing = [...new Set(codes)].filter(
        (code) => !state.data[code] && !fetching.current.has(code),
      );
      if (missing.length === 0) return [];
      for (const code of missing) fetching.current.add(code);
      const { data, failures } = splitFetched(await fetchManyCodeData(missing));
      for (const code of missing) fetching.current.delete(code);
      if (Object.keys(data).length > 0)
        setState((current) => {
          const merged = { ...current.data, ...data };
          report(saveCodeData(merged));
          return { ...current, data: merged };
        });
      return failures.map((failure) => failure.error);
    },
    [state.data, report],
  );

  const entries = state.entries;
  useEffect(() => {
    if (!entries) return;
    void loadCodes(entries.map((entry) => entry.code)).then((errors) => {
      if (errors.length > 0)
        setState((current) => ({
          ...current,
          error: `${errors[0]} Totals leave out entries whose figures have not loaded.`,
        }));
    });
  }, [entries, loadCodes]);

  const setEntries = useCallback(
    (next: LogEntry[], status: string, deleted: LogState["deleted"] = null) => {
      requestPersistence();
      report(saveEntries(next));
      setState((current) => ({ ...current, entries: next, status, deleted }));
    },
    [report],
  );

  const current = state.entries ?? [];
  return {
    state,
    loadCodes,
    saveEntry(entry: LogEntry, status: string) {
      setEntries(upsertEntry(current, entry), status);
    },
    deleteEntry(id: string, status: string) {
      const index = current.findIndex((entry) => entry.id === id);
      if (index === -1) return;
      setEntries(
        current.filter((entry) => entry.id !== id),
        status,
        { entry: current[index]!, index },
      );
    },
    undoDelete() {
      const { deleted } = state;
      if (!deleted) return;
      const next = [...current];
      next.splice(deleted.index, 0, deleted.entry);
      setEntries(next, "The entry is back in the log.");
    },
    addEntries(added: readonly LogEntry[], status: string) {
      setEntries([...current, ...added], status);
    },
    updateSettings(patch: Partial<LogSettings>) {
      setState((previous) => {
        const settings = { ...previous.settings, ...patch };
        report(saveSettings(settings));
        return { ...previous, settings };
      });
    },
    importFile(file: LogFile): { added: number; replaced: number } {
      const ids = new Set(current.map((entry) => entry.id));
      const replaced = file.entries.filter((entry) => ids.has(entry.id)).length;
      const entries = mergeEntries(current, file.entries);
      const settings = mergeSettings(state.settings, file.settings);
      report(saveLog(entries, settings));
      const status = `Imported ${file.entries.length} entries: ${file.entries.length - replaced} new, ${replaced} replaced.`;
      setState((previous) => ({ ...previous, entries, settings, status, deleted: null }));
      return { added: file.entries.length - replaced, replaced };
    },
    clearAll() {
      report(saveLog([], DEFAULT_LOG_SETTINGS));
      setState((previous) => ({
        ...previous,
        entries: [],
        settings: DEFAULT_LOG_SETTINGS,
        status: "The log is empty: every entry and setting was deleted from this browser.",
        deleted: null,
      }));
    },
    setStatus(status: string) {
      setState((previous) => ({ ...previous, status }));
    },
    setError(error: string | null) {
      setState((previous) => ({ ...previous, error }));
    },
  };
}

export type LogApi = ReturnType<typeof useLog>;
