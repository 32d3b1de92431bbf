import { useState } from "react";

import { normalizeCode } from "@/lib/codes/code-system";
import { CALCULATOR_SETTINGS, MAX_UNITS, type CalculatorCodeData } from "@/lib/calculator/types";
import { hasModifierRow } from "@/lib/calculator/view-state";
import { MAX_NOTE_LENGTH, type LogEntry } from "@/lib/wrvu-log/entry";
import { isIsoDate } from "@/lib/wrvu-log/periods";

import { CodeCombobox } from "./code-combobox";
import { LOG_UI } from "./log-ui";

const SETTING_LABELS = { "non-facility": "Non-facility (office)", facility: "Facility" } as const;
const MODIFIER_LABELS = {
  "": "Global (whole service)",
  "26": "26 (professional)",
  TC: "TC (technical)",
};

export interface EntryFormProps {
  /** The entry being edited, or a blank one dated today. */
  initial: LogEntry;
  editing: boolean;
  locations: readonly string[];
  data: Readonly<Record<string, CalculatorCodeData>>;
  /** Fetches a code's figures; resolves with error sentences (empty when it loaded). */
  loadCodes: (codes: readonly string[]) => Promise<string[]>;
  onSave: (entry: LogEntry) => void;
  onCancel?: () => void;
}

/** Adds an entry, or edits one: date, code, units, component, setting, location and a private note. */
export function EntryForm({
  initial,
  editing,
  locations,
  data,
  loadCodes,
  onSave,
  onCancel,
}: EntryFormProps) {
  const [draft, setDraft] = useState(initial);
  const [codeText, setCodeText] = useState(initial.code);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const prefix = editing ? `edit-${initial.id}` : "add";
  const code = normalizeCode(codeText);
  const codeData = code ? data[code] : undefined;
  const modifiers = (["", "26", "TC"] as const).filter(
    (modifier) => modifier === "" || (codeData && hasModifierRow(codeData, modifier)),
  );
  const update = (patch: Partial<LogEntry>) => setDraft((current) => ({ ...current, ...patch }));

  async function submit() {
    if (!code) {
      setError(
        codeText.trim()
          ? `"${codeText.trim()}" is not a code: choose one from the list of matches.`
          : "Type a code or a name, then choose it from the list.",
      );
      return;
    }
    if (!isIsoDate(draft.date)) {
      setError("Choose the date of service.");
      return;
    }
    setBusy(true);
    const errors = data[code] ? [] : await loadCodes([code]);
    setBusy(false);
    if (errors.length > 0) {
      setError(errors[0]!);
      return;
    }
    setError(null);
    onSave({ ...draft, code, modifier: modifiers.includes(draft.modifier) ? draft.modifier : "" });
    if (!editing) {
      setDraft({ ...initial, date: draft.date, setting: draft.setting, location: draft.location });
      setCodeText("");
    }
  }

  return (
    <form
      className="grid gap-3 sm:grid-cols-2"
      aria-label={editing ? `Edit ${initial.code} on ${initial.date}` : "Add an entry"}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <div className="flex flex-col gap-1">
        <label htmlFor={`${prefix}-date`} className={LOG_UI.label}>
          Date of service
        </label>
        <input
          id={`${prefix}-date`}
          type="date"
          required
          value={draft.date}
          onInput={(event) => update({ date: (event.target as HTMLInputElement).value })}
          className={LOG_UI.input}
        />
      </div>
      {editing ? (
        <div className="flex flex-col gap-1">
          <label htmlFor={`${prefix}-code`} className={LOG_UI.label}>
            Code
          </label>
          <input
            id={`${prefix}-code`}
            type="text"
            value={codeText}
            onInput={(event) => setCodeText((event.target as HTMLInputElement).value)}
            className={`${LOG_UI.input} font-mono`}
          />
          <p role="alert" className="text-sm font-medium text-red-700 dark:text-red-300">
            {error}
          </p>
        </div>
      ) : (
        <CodeCombobox
          value={codeText}
          onChange={setCodeText}
          onPick={(picked) => {
            setCodeText(picked);
            setError(null);
            void loadCodes([picked]);
          }}
          error={error}
        />
      )}
      <div className="flex flex-col gap-1">
        <label htmlFor={`${prefix}-units`} className={LOG_UI.label}>
          Units
        </label>
        <input
          id={`${prefix}-units`}
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_UNITS}
          required
          value={draft.units}
          onInput={(event) => {
            const units = Number((event.target as HTMLInputElement).value);
            if (Number.isInteger(units) && units >= 1 && units <= MAX_UNITS) update({ units });
          }}
          className={LOG_UI.input}
        />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${prefix}-modifier`} className={LOG_UI.label}>
          Component
        </label>
        <select
          id={`${prefix}-modifier`}
          value={draft.modifier}
          onChange={(event) =>
            update({ modifier: (event.target as HTMLSelectElement).value as LogEntry["modifier"] })
          }
          className={LOG_UI.input}
        >
          {modifiers.map((modifier) => (
            <option key={modifier} value={modifier}>
              {MODIFIER_LABELS[modifier]}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${prefix}-setting`} className={LOG_UI.label}>
          Setting
        </label>
        <select
          id={`${prefix}-setting`}
          value={draft.setting}
          onChange={(event) =>
            update({ setting: (event.target as HTMLSelectElement).value as LogEntry["setting"] })
          }
          className={LOG_UI.input}
        >
          {CALCULATOR_SETTINGS.map((setting) => (
            <option key={setting} value={setting}>
              {SETTING_LABELS[setting]}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${prefix}-location`} className={LOG_UI.label}>
          Work location
        </label>
        <select
          id={`${prefix}-location`}
          value={draft.location}
          onChange={(event) => update({ location: (event.target as HTMLSelectElement).value })}
          className={LOG_UI.input}
        >
          <option value="">None</option>
          {[...new Set([...locations, draft.location].filter(Boolean))].map((location) => (
            <option key={location} value={location}>
              {location}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1 sm:col-span-2">
        <label htmlFor={`${prefix}-note`} className={LOG_UI.label}>
          Note (stays on this device)
        </label>
        <textarea
          id={`${prefix}-note`}
          rows={2}
          maxLength={MAX_NOTE_LENGTH}
          value={draft.note}
          onInput={(event) => update({ note: (event.target as HTMLTextAreaElement).value })}
          className={LOG_UI.input}
        />
      </div>
      <div className="flex flex-wrap gap-2 sm:col-span-2">
        <button type="submit" className={LOG_UI.primary} disabled={busy}>
          {editing ? "Save changes" : "Add to log"}
        </button>
        {onCancel && (
          <button type="button" className={LOG_UI.button} onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
