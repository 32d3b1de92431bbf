import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import type { StoredLog } from "@/components/log/log-store";
import { DEFAULT_LOG_SETTINGS, localIsoDate, type LogEntry } from "@/lib/wrvu-log/entry";

/** The browser's storage, answering when the test says so. */
const storage = vi.hoisted(() => ({
  answer: undefined as ((log: StoredLog) => void) | undefined,
  saved: [] as LogEntry[][],
}));

vi.mock("@/components/log/log-store", () => ({
  loadLog: () => new Promise<StoredLog>((resolve) => (storage.answer = resolve)),
  saveEntries: async (entries: LogEntry[]) => void storage.saved.push(entries),
  saveSettings: async () => {},
  saveCodeData: async () => {},
  saveLog: async () => {},
  requestPersistence: () => {},
}));

// Figures are not what these tests are about: every code's figures "fail" to load.
vi.mock("@/lib/calculator/fetch-code-data", () => ({
  fetchManyCodeData: async (codes: string[]) =>
    codes.map((code) => ({ ok: false, code, error: `No figures for ${code}.` })),
  splitFetched: (results: { code: string; error: string }[]) => ({ data: {}, failures: results }),
}));

const { createLogModel } = await import("@/components/log/log-model");

function entry(id: string, date: string): LogEntry {
  return {
    id,
    date,
    code: "99213",
    modifier: "",
    units: 1,
    setting: "non-facility",
    location: "",
    note: "",
  };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  storage.saved = [];
  vi.stubGlobal("window", { location: { hash: "", pathname: "/log" } });
  vi.stubGlobal("history", { replaceState: () => {} });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("createLogModel", () => {
  it("keeps the server's day until it opens, then moves to the reader's own", () => {
    const model = createLogModel("2001-01-01");
    expect(model.getState()).toMatchObject({ today: "2001-01-01", focus: "2001-01-01" });
    model.open();
    const today = localIsoDate(new Date());
    expect(model.getState()).toMatchObject({ today, focus: today, entries: null });
  });

  it("holds a change made before storage answers, then adds it to the stored log", async () => {
    const model = createLogModel("2026-03-04");
    model.open();
    model.saveEntry(entry("new", "2026-03-04"), "Added 99213.");
    await flush();
    expect(storage.saved).toEqual([]);
    expect(model.getState().entries).toBeNull();

    storage.answer!({
      entries: [entry("stored", "2026-03-01")],
      settings: DEFAULT_LOG_SETTINGS,
      codeData: {},
    });
    await flush();
    const ids = model.getState().entries?.map((logged) => logged.id);
    expect(ids?.sort()).toEqual(["new", "stored"]);
    expect(
      storage.saved
        .at(-1)
        ?.map((logged) => logged.id)
        .sort(),
    ).toEqual(["new", "stored"]);
  });

  it("tells every subscriber of each change", async () => {
    const model = createLogModel("2026-03-04");
    const heard = vi.fn();
    const stop = model.subscribe(heard);
    model.open();
    storage.answer!({ entries: [], settings: DEFAULT_LOG_SETTINGS, codeData: {} });
    await flush();
    expect(heard).toHaveBeenCalled();
    stop();
    heard.mockClear();
    model.setStatus("Nothing new.");
    expect(heard).not.toHaveBeenCalled();
  });
});
