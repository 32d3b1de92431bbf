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

// The file format module carries zod, and the CSV writer csv-stringify: both are loaded on first use,
// never on the page's first load.
const loadLogFile = () => import("@/lib/wrvu-log/log-file").catch(() => undefined);
const loadCsv = () => import("@/lib/wrvu-log/csv").catch(() => undefined);

async function exportJson({ entries, settings, onStatus }: LogDataProps) {
  const logFile = await loadLogFile();
  if (!logFile) return onStatus(LOAD_ERROR);
  downloadText(
    logFile.buildLogJson(entries, settings, new Date()),
    logFile.logFileName(localIsoDate(new Date()), "json"),
    "application/json",
  );
  onStatus(`Downloaded ${entries.length} entries as JSON.`);
}

async function exportCsv({ entries, data, pricing, onStatus }: LogDataProps) {
  const [csv, logFile] = await Promise.all([loadCsv(), loadLogFile()]);
  if (!csv || !logFile) return onStatus(LOAD_ERROR);
  downloadText(
    csv.buildLogCsv(entries, data, pricing),
    logFile.logFileName(localIsoDate(new Date()), "csv"),
    "text/csv;charset=utf-8",
  );
  onStatus(`Downloaded ${entries.length} entries as CSV, priced in ${pricing.release.id}.`);
}

/** Reads a chosen file: its entries go to `onImport`, or its problems come back and nothing changes. */
async function importJson(file: File, { onImport, onStatus }: LogDataProps): Promise<string[]> {
  const logFile = await loadLogFile();
  if (!logFile) {
    onStatus(LOAD_ERROR);
    return [];
  }
  const result = logFile.parseLogFile(await file.text());
  if (!result.ok) {
    onStatus(`${file.name} was not imported; nothing in your log changed.`);
    return result.errors;
  }
  onImport(result.file);
  return [];
}

function ImportField(props: LogDataProps) {
  const [errors, setErrors] = useState<string[]>([]);
  return (
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
          if (file)
            void importJson(file, props)
              .then(setErrors)
              .finally(() => (input.value = ""));
        }}
      />
      <p className={LOG_UI.muted}>
        Entries with the same id as one in your log replace it; the others are added.
      </p>
      <div id="log-import-errors" role="alert">
        {errors.length > 0 && (
          <div className="rounded-md border border-red-300 p-3 text-sm text-red-800 dark:border-red-800 dark:text-red-200">
            <p className="font-semibold">The file was not imported, and your log is unchanged:</p>
            <ul className="list-disc pl-5">
              {errors.map((error) => (
                <li key={error}>{error}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </div>
  );
}

/** "Clear all…", then a question to confirm: nothing is deleted on the first press. */
function ClearAll({ count, onClear }: { count: number; onClear: () => void }) {
  const [confirming, setConfirming] = useState(false);
  if (!confirming)
    return (
      <button
        type="button"
        className={LOG_UI.button}
        disabled={count === 0}
        onClick={() => setConfirming(true)}
      >
        Clear all…
      </button>
    );
  return (
    <div
      className="space-y-2 rounded-md border border-red-300 p-3 dark:border-red-800"
      role="group"
      aria-label="Confirm clearing the log"
    >
      <p className="text-sm font-semibold">
        Delete all {count} entries and your settings from this browser? Export first if you want to
        keep them.
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
  );
}

/** Export to CSV and JSON, import the JSON back, and delete everything (after asking). */
export function LogData(props: LogDataProps) {
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap gap-2">
        <button type="button" className={LOG_UI.button} onClick={() => void exportCsv(props)}>
          Export CSV
        </button>
        <button type="button" className={LOG_UI.button} onClick={() => void exportJson(props)}>
          Export JSON
        </button>
      </div>
      <ImportField {...props} />
      <ClearAll count={props.entries.length} onClear={props.onClear} />
    </div>
  );
}
