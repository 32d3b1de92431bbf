import { useState } from "react";

import { normalizeCode } from "@/lib/codes/code-system";
import { CALCULATOR_SETTINGS, MAX_UNITS, type CalculatorCodeData } from "@/lib/calculator/types";
import { hasModifierRow } from "@/lib/calculator/view-state";
import { MAX_NOTE_LENGTH, type LogEntry } from "@/lib/wrvu-log/entry";
import { isIsoDate } from "@/lib/wrvu-log/periods";

import { CodeCombobox } from "./code-combobox";
import { Field, SelectField } from "./field";
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

/** The form's draft, the code as typed, and saving it once the code's figures have loaded. */
function useEntryDraft({ initial, editing, data, loadCodes, onSave }: EntryFormProps) {
  const [draft, setDraft] = useState(initial);
  const [codeText, setCodeText] = useState(initial.code);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
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

  return { draft, update, codeText, setCodeText, error, setError, busy, modifiers, submit };
}

type EntryDraft = ReturnType<typeof useEntryDraft>;

/** The code: a plain field when editing an entry, the combobox of suggestions when adding one. */
function CodeField({
  prefix,
  editing,
  form,
  loadCodes,
}: {
  prefix: string;
  editing: boolean;
  form: EntryDraft;
  loadCodes: EntryFormProps["loadCodes"];
}) {
  if (!editing)
    return (
      <CodeCombobox
        value={form.codeText}
        onChange={form.setCodeText}
        onPick={(picked) => {
          form.setCodeText(picked);
          form.setError(null);
          void loadCodes([picked]);
        }}
        error={form.error}
      />
    );
  return (
    <Field id={`${prefix}-code`} label="Code">
      <input
        id={`${prefix}-code`}
        type="text"
        value={form.codeText}
        onInput={(event) => form.setCodeText((event.target as HTMLInputElement).value)}
        className={`${LOG_UI.input} font-mono`}
      />
      <p role="alert" className="text-sm font-medium text-red-700 dark:text-red-300">
        {form.error}
      </p>
    </Field>
  );
}

function DateField({ id, form }: { id: string; form: EntryDraft }) {
  return (
    <Field id={id} label="Date of service">
      <input
        id={id}
        type="date"
        required
        value={form.draft.date}
        onInput={(event) => form.update({ date: (event.target as HTMLInputElement).value })}
        className={LOG_UI.input}
      />
    </Field>
  );
}

function UnitsField({ id, form }: { id: string; form: EntryDraft }) {
  return (
    <Field id={id} label="Units">
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={1}
        max={MAX_UNITS}
        required
        value={form.draft.units}
        onInput={(event) => {
          const units = Number((event.target as HTMLInputElement).value);
          if (Number.isInteger(units) && units >= 1 && units <= MAX_UNITS) form.update({ units });
        }}
        className={LOG_UI.input}
      />
    </Field>
  );
}

function NoteField({ id, form }: { id: string; form: EntryDraft }) {
  return (
    <Field id={id} label="Note (stays on this device)" className="sm:col-span-2">
      <textarea
        id={id}
        rows={2}
        maxLength={MAX_NOTE_LENGTH}
        value={form.draft.note}
        onInput={(event) => form.update({ note: (event.target as HTMLTextAreaElement).value })}
        className={LOG_UI.input}
      />
    </Field>
  );
}

/** Component, setting and work location: the entry's choices. */
function ChoiceFields({
  prefix,
  form,
  locations,
}: {
  prefix: string;
  form: EntryDraft;
  locations: readonly string[];
}) {
  const { draft, update } = form;
  const places = [...new Set([...locations, draft.location].filter(Boolean))];
  return (
    <>
      <SelectField
        id={`${prefix}-modifier`}
        label="Component"
        value={draft.modifier}
        options={form.modifiers.map((modifier) => [modifier, MODIFIER_LABELS[modifier]] as const)}
        onChange={(modifier) => update({ modifier })}
      />
      <SelectField
        id={`${prefix}-setting`}
        label="Setting"
        value={draft.setting}
        options={CALCULATOR_SETTINGS.map((setting) => [setting, SETTING_LABELS[setting]] as const)}
        onChange={(setting) => update({ setting })}
      />
      <SelectField
        id={`${prefix}-location`}
        label="Work location"
        value={draft.location}
        options={[["", "None"], ...places.map((place) => [place, place] as const)]}
        onChange={(location) => update({ location })}
      />
    </>
  );
}

/** Adds an entry, or edits one: date, code, units, component, setting, location and a private note. */
export function EntryForm(props: EntryFormProps) {
  const { initial, editing, locations, loadCodes, onCancel } = props;
  const form = useEntryDraft(props);
  const prefix = editing ? `edit-${initial.id}` : "add";
  return (
    <form
      className="grid gap-3 sm:grid-cols-2"
      aria-label={editing ? `Edit ${initial.code} on ${initial.date}` : "Add an entry"}
      onSubmit={(event) => {
        event.preventDefault();
        void form.submit();
      }}
    >
      <DateField id={`${prefix}-date`} form={form} />
      <CodeField prefix={prefix} editing={editing} form={form} loadCodes={loadCodes} />
      <UnitsField id={`${prefix}-units`} form={form} />
      <ChoiceFields prefix={prefix} form={form} locations={locations} />
      <NoteField id={`${prefix}-note`} form={form} />
      <div className="flex flex-wrap gap-2 sm:col-span-2">
        <button type="submit" className={LOG_UI.primary} disabled={form.busy}>
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
