import { useSyncExternalStore } from "react";

import { fetchManyCodeData, splitFetched } from "@/lib/calculator/fetch-code-data";
import type { CalculatorCodeData } from "@/lib/calculator/types";
import { readListFragment, type CarriedList } from "@/lib/wrvu-log/calculator-list";
import {
  DEFAULT_LOG_SETTINGS,
  localIsoDate,
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
  /** The reader's today: the server's day of rendering until the log opens in the browser. */
  today: string;
  /** The date the figures are around. */
  focus: string;
  /**
   * The list the calculator sent in the address's fragment (`/log#add=…`), until the reader adds it or
   * says not now.
   */
  carried: CarriedList | null;
}

const STORAGE_ERROR =
  "This browser did not let the page open its storage (a private window may refuse it), so entries cannot be kept here.";

/**
 * The log's state and every change to it, kept outside the components: the island hydrates the log in
 * parts, one task each (components/islands/log.entry.tsx), and all of them read and change this one
 * model.
 * Each change to the entries or settings is written to IndexedDB as it happens.
 */
export function createLogModel(renderedOn: string) {
  let state: LogState = {
    entries: null,
    settings: DEFAULT_LOG_SETTINGS,
    data: {},
    status: "",
    error: null,
    deleted: null,
    today: renderedOn,
    focus: renderedOn,
    carried: null,
  };
  const listeners = new Set<() => void>();
  const fetching = new Set<string>();
  // A change waits until the stored log has been read: made before, it would replace that log.
  let markOpened = () => {};
  const opened = new Promise<void>((resolve) => (markOpened = resolve));
  function onceOpen(change: () => void) {
    if (state.entries === null) void opened.then(change);
    else change();
  }

  function update(patch: Partial<LogState> | ((current: LogState) => Partial<LogState>)) {
    state = { ...state, ...(typeof patch === "function" ? patch(state) : patch) };
    for (const listener of listeners) listener();
  }

  function report(saving: Promise<void>) {
    saving.catch(() => update({ error: STORAGE_ERROR }));
  }

  /** Loads the figures of codes the page does not have; resolves with the failures' sentences. */
  async function loadCodes(codes: readonly string[]): Promise<string[]> {
    const missing = [...new Set(codes)].filter((code) => !state.data[code] && !fetching.has(code));
    if (missing.length === 0) return [];
    for (const code of missing) fetching.add(code);
    const { data, failures } = splitFetched(await fetchManyCodeData(missing));
    for (const code of missing) fetching.delete(code);
    if (Object.keys(data).length > 0) {
      const merged = { ...state.data, ...data };
      report(saveCodeData(merged));
      update({ data: merged });
    }
    return failures.map((failure) => failure.error);
  }

  /** The figures of every logged code, with a sentence when some could not be loaded. */
  function loadFiguresOf(entries: readonly LogEntry[]) {
    void loadCodes(entries.map((entry) => entry.code)).then((errors) => {
      if (errors.length > 0)
        update({ error: `${errors[0]} Totals leave out entries whose figures have not loaded.` });
    });
  }

  function setEntries(next: LogEntry[], status: string, deleted: LogState["deleted"] = null) {
    requestPersistence();
    report(saveEntries(next));
    update({ entries: next, status, deleted });
    loadFiguresOf(next);
  }

  const current = () => state.entries ?? [];

  return {
    getState: () => state,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    /**
     * Moves the log to the reader's own calendar day and opens what this browser has stored. Called
     * once every part is hydrated: until then the state must stay what the server rendered.
     */
    open() {
      const today = localIsoDate(new Date());
      if (today !== state.today) update({ today, focus: today });
      const carried = readListFragment(window.location.hash);
      if (carried.items.length > 0 || carried.messages.length > 0) update({ carried });
      loadLog()
        .then((stored) => {
          update((previous) => ({
            entries: stored.entries,
            settings: stored.settings,
            data: { ...stored.codeData, ...previous.data },
          }));
          loadFiguresOf(stored.entries);
        })
        .catch(() => update({ entries: [], error: STORAGE_ERROR }))
        .finally(markOpened);
    },
    loadCodes,
    /** Done with the calculator's list, added or not: it leaves the state and the address. */
    dropCarried() {
      update({ carried: null });
      history.replaceState(null, "", window.location.pathname);
    },
    setFocus(focus: string) {
      update({ focus });
    },
    saveEntry(entry: LogEntry, status: string) {
      onceOpen(() => setEntries(upsertEntry(current(), entry), status));
    },
    deleteEntry(id: string, status: string) {
      onceOpen(() => {
        const entries = current();
        const index = entries.findIndex((entry) => entry.id === id);
        if (index === -1) return;
        setEntries(
          entries.filter((entry) => entry.id !== id),
          status,
          { entry: entries[index]!, index },
        );
      });
    },
    undoDelete() {
      onceOpen(() => {
        const { deleted } = state;
        if (!deleted) return;
        const next = [...current()];
        next.splice(deleted.index, 0, deleted.entry);
        setEntries(next, "The entry is back in the log.");
      });
    },
    addEntries(added: readonly LogEntry[], status: string) {
      onceOpen(() => setEntries([...current(), ...added], status));
    },
    updateSettings(patch: Partial<LogSettings>) {
      onceOpen(() => {
        const settings = { ...state.settings, ...patch };
        report(saveSettings(settings));
        update({ settings });
      });
    },
    importFile(file: LogFile) {
      onceOpen(() => {
        const ids = new Set(current().map((entry) => entry.id));
        const replaced = file.entries.filter((entry) => ids.has(entry.id)).length;
        const entries = mergeEntries(current(), file.entries);
        const settings = mergeSettings(state.settings, file.settings);
        report(saveLog(entries, settings));
        const status = `Imported ${file.entries.length} entries: ${file.entries.length - replaced} new, ${replaced} replaced.`;
        update({ entries, settings, status, deleted: null });
        loadFiguresOf(entries);
      });
    },
    clearAll() {
      onceOpen(() => {
        report(saveLog([], DEFAULT_LOG_SETTINGS));
        update({
          entries: [],
          settings: DEFAULT_LOG_SETTINGS,
          status: "The log is empty: every entry and setting was deleted from this browser.",
          deleted: null,
        });
      });
    },
    setStatus(status: string) {
      update({ status });
    },
    setError(error: string | null) {
      update({ error });
    },
  };
}

export type LogModel = ReturnType<typeof createLogModel>;

/** What a component of the log works with: the model's changes, and its state as of this render. */
export type LogApi = LogModel & { state: LogState };

/** The model's state, re-rendering the component on every change. */
export function useLog(model: LogModel): LogApi {
  // The server's snapshot is the model's own: it is the state the server renders, never opened.
  const state = useSyncExternalStore(model.subscribe, model.getState, model.getState);
  return { ...model, state };
}
