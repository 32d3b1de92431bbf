import { useState } from "react";

import { downloadText } from "@/components/ui/download-text";
import type { LogEntry, LogSettings } from "@/lib/wrvu-log/entry";
import { localIsoDate } from "@/lib/wrvu-log/entry";
import type { LogFile } from "@/lib/wrvu-log/log-file";
import type { LogCodeData, LogPricing } from "@/lib/wrvu-log/totals";

import { LOG_UI } from "./log-ui";

export interface LogDataProps {
  entries: readonly LogEntry[];
  settings: LogSettings;
  data: LogCodeData;
  pricing: LogPricing;
  onImport: (file: LogFile) => void;
  onClear: () => void;
  onStatus: (status: string) => void;
}

const LOAD_ERROR = "Could not load the exporter: check the connection and try again.";

/** Export to CSV and JSON, import the JSON back, and delete everything (after asking). */
export function LogData({
  entries,
  settings,
  data,
  pricing,
  onImport,
  onClear,
  onStatus,
}: LogDataProps) {
  const [importErrors, setImportErrors] = useState<string[]>([]);
  const [confirming, setConfirming] = useState(false);
  const today = localIsoDate(new Date());

  async function exportJson() {
    // The file format module carries zod: loaded on first use, never on the page's first load.
    const logFile = await import("@/lib/wrvu-log/log-file").catch(() => undefined);
    if (!logFile) return onStatus(LOAD_ERROR);
    downloadText(
      logFile.buildLogJson(entries, settings, new Date()),
      logFile.logFileName(today, "json"),
      "application/json",
    );
    onStatus(`Downloaded ${entries.length} entries as JSON.`);
  }

  async function exportCsv() {
    const [csv, logFile] = await Promise.all([
      import("@/lib/wrvu-log/csv").catch(() => undefined),
      import("@/lib/wrvu-log/log-file").catch(() => undefined),
    ]);
    if (!csv || !logFile) return onStatus(LOAD_ERROR);
    downloadText(
      csv.buildLogCsv(entries, data, pricing),
      logFile.logFileName(today, "csv"),
      "text/csv;charset=utf-8",
    );
    onStatus(`Downloaded ${entries.length} entries as CSV, priced in ${pricing.release.id}.`);
  }

  async function importJson(file: File) {
    const logFile = await import("@/lib/wrvu-log/log-file").catch(() => undefined);
    if (!logFile) return onStatus(LOAD_ERROR);
    const result = logFile.parseLogFile(await file.text());
    if (!result.ok) {
      setImportErrors(result.errors);
      onStatus(`${file.name} was not imported; nothing in your log changed.`);
      return;
    }
    setImportErrors([]);
    onImport(result.file);
  }

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap gap-2">
        <button type="button" className={LOG_UI.button} onClick={() => void exportCsv()}>
          Export CSV
        </button>
        <button type="button" className={LOG_UI.button} onClick={() => void exportJson()}>
          Export JSON
        </button>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="log-import" className={LOG_UI.label}>
          Import a JSON file exported from this page
        </label>
        <input
          id="log-import"
          type="file"
          accept="application/json,.json"
          aria-describedby="log-import-errors"
          className="min-h-11 text-sm"
          onChange={(event) => {
            const input = event.target as HTMLInputElement;
            const file = input.files?.[0];
            if (file) void importJson(file).finally(() => (input.value = ""));
          }}
        />
        <p className={LOG_UI.muted}>
          Entries with the same id as one in your log replace it; the others are added.
        </p>
        <div id="log-import-errors" role="alert">
          {importErrors.length > 0 && (
            <div className="rounded-md border border-red-300 p-3 text-sm text-red-800 dark:border-red-800 dark:text-red-200">
              <p className="font-semibold">The file was not imported, and your log is unchanged:</p>
              <ul className="list-disc pl-5">
                {importErrors.map((error) => (
                  <li key={error}>{error}</li>
                ))}
              </ul>
            </div>
          )}
        </div>
      </div>
      {confirming ? (
        <div
          className="space-y-2 rounded-md border border-red-300 p-3 dark:border-red-800"
          role="group"
          aria-label="Confirm clearing the log"
        >
          <p className="text-sm font-semibold">
            Delete all {entries.length} entries and your settings from this browser? Export first if
            you want to keep them.
          </p>
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              className={`${LOG_UI.button} border-red-600 text-red-700 dark:text-red-300`}
              onClick={() => {
                setConfirming(false);
                onClear();
              }}
            >
              Yes, delete everything
            </button>
            <button type="button" className={LOG_UI.button} onClick={() => setConfirming(false)}>
              Keep my log
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          className={LOG_UI.button}
          disabled={entries.length === 0}
          onClick={() => setConfirming(true)}
        >
          Clear all…
        </button>
      )}
    </div>
  );
}
