"use client";

import { useEffect, useId, useReducer, useRef, useState } from "react";

import { CalculatorTable } from "@/components/calculator/calculator-table";
import { ReleaseComparison } from "@/components/calculator/release-comparison";
import { UnitsInput } from "@/components/calculator/units-input";
import {
  compareReleases,
  computeCalculator,
  computeLine,
  findReleaseLocality,
} from "@/lib/calculator/compute";
import { buildCalculatorCsv, buildCsvFileName } from "@/lib/calculator/csv";
import { fetchManyCodeData } from "@/lib/calculator/fetch-code-data";
import {
  addItems,
  formatItem,
  itemKey,
  parseItem,
  removeItem,
  setItemModifier,
  setItemUnits,
} from "@/lib/calculator/items";
import type { CalculatorPageData } from "@/lib/calculator/page-data";
import {
  CALCULATOR_SETTINGS,
  type CalculatorCodeData,
  type CalculatorItem,
  type CalculatorModifier,
  type CalculatorRelease,
  type CalculatorSetting,
  type CalculatorSetup,
  type CalculatorState,
} from "@/lib/calculator/types";
import { restoreCalculatorState, serializeCalculatorState } from "@/lib/calculator/url-state";
import { formatDollars, formatRvu } from "@/lib/fee-schedule/payment";
import { getModifierLabel } from "@/lib/fee-schedule/status";

/** localStorage key; the value is the same query string the URL carries (see lib/calculator/url-state). */
const STORAGE_KEY = "codeatlas:calculator";

const SETTING_LABELS: Record<CalculatorSetting, string> = {
  "non-facility": "Non-facility (office)",
  facility: "Facility (hospital, ASC)",
};

type CodeDataMap = Record<string, CalculatorCodeData>;

interface ViewState {
  calc: CalculatorState;
  data: CodeDataMap;
  /** Parts of the link or the saved list that were left out, one sentence each. */
  messages: string[];
  /** False until the browser's own state (URL + localStorage) has been read; nothing is saved before. */
  restored: boolean;
  adding: boolean;
  /** Last add/remove result, for the polite status line. */
  status: string;
  addError: string | null;
}

type Action =
  | { type: "restored"; calc: CalculatorState; data: CodeDataMap; messages: string[] }
  | { type: "adding"; status: string }
  | { type: "added"; items: CalculatorItem[]; data: CodeDataMap; status: string; error: string | null }
  | { type: "add-error"; error: string }
  | { type: "remove"; key: string }
  | { type: "units"; key: string; units: number }
  | { type: "modifier"; key: string; modifier: CalculatorModifier }
  | { type: "setting"; setting: CalculatorSetting }
  | { type: "locality"; localityId: string | null }
  | { type: "release"; releaseId: string }
  | { type: "clear" }
  | { type: "status"; status: string }
  | { type: "dismiss-messages" };

function reducer(state: ViewState, action: Action): ViewState {
  const calc = state.calc;
  switch (action.type) {
    case "restored":
      return { ...state, calc: action.calc, data: { ...state.data, ...action.data }, messages: action.messages, restored: true };
    case "adding":
      return { ...state, adding: true, status: action.status, addError: null };
    case "added": {
      const added = addItems(calc.items, action.items);
      const errors = [action.error, ...added.messages].filter((text): text is string => Boolean(text));
      return {
        ...state,
        calc: { ...calc, items: added.items },
        data: { ...state.data, ...action.data },
        adding: false,
        status: action.status,
        addError: errors.length > 0 ? errors.join(" ") : null,
      };
    }
    case "add-error":
      return { ...state, adding: false, addError: action.error, status: "" };
    case "remove":
      return { ...state, calc: { ...calc, items: removeItem(calc.items, action.key) }, status: `Removed ${action.key}.` };
    case "units":
      return { ...state, calc: { ...calc, items: setItemUnits(calc.items, action.key, action.units) } };
    case "modifier":
      return { ...state, calc: { ...calc, items: setItemModifier(calc.items, action.key, action.modifier) } };
    case "setting":
      return { ...state, calc: { ...calc, setting: action.setting } };
    case "locality":
      return { ...state, calc: { ...calc, localityId: action.localityId } };
    case "release":
      return { ...state, calc: { ...calc, releaseId: action.releaseId } };
    case "clear":
      return { ...state, calc: { ...calc, items: [] }, status: "Cleared the list." };
    case "status":
      return { ...state, status: action.status };
    case "dismiss-messages":
      return { ...state, messages: [] };
  }
}

function readStorage(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage can be disabled (private modes, policies); the URL still carries the list.
    return null;
  }
}

function hasModifier(data: CalculatorCodeData, modifier: CalculatorModifier): boolean {
  return data.releases.some((release) => release.rows.some((row) => row.modifier === modifier));
}

/** Fetches the codes a state needs that the page does not have; unknown codes are dropped with a message. */
async function loadMissing(calc: CalculatorState, have: CodeDataMap) {
  const codes = [...new Set(calc.items.map((item) => item.code))].filter((code) => !have[code]);
  const results = await fetchManyCodeData(codes);
  const data: CodeDataMap = {};
  const dropped = new Set<string>();
  const messages: string[] = [];
  for (const result of results) {
    if (result.ok) data[result.data.code] = result.data;
    else if (result.missing) {
      dropped.add(result.code);
      messages.push(`${result.error} It was left out of the list.`);
    } else messages.push(result.error);
  }
  return { items: calc.items.filter((item) => !dropped.has(item.code)), data, messages };
}

export interface CalculatorProps {
  setup: CalculatorSetup;
  parseOptions: CalculatorPageData["parseOptions"];
  initialState: CalculatorState;
  initialData: CodeDataMap;
  initialMessages: string[];
}

/**
 * The interactive calculator. The server renders it from the URL alone (figures included), then the
 * browser merges the list kept in localStorage, and from then on every change is written back to both.
 */
export function Calculator({ setup, parseOptions, initialState, initialData, initialMessages }: CalculatorProps) {
  const [state, dispatch] = useReducer(reducer, {
    calc: initialState,
    data: initialData,
    messages: initialMessages,
    restored: false,
    adding: false,
    status: "",
    addError: null,
  });
  const [draft, setDraft] = useState("");
  const addInput = useRef<HTMLInputElement>(null);
  const removeButtons = useRef(new Map<string, HTMLButtonElement>());
  /** After a remove: the key of the remove button to focus, "" for the add field, null for nothing. */
  const focusAfterRemove = useRef<string | null>(null);
  const ids = { add: useId(), hint: useId(), error: useId(), locality: useId(), release: useId(), gpci: useId() };

  const { calc, data } = state;
  const release = setup.releases.find((candidate) => candidate.id === calc.releaseId) ?? setup.releases.at(-1);
  const localities = release?.gpciYear == null ? [] : (setup.localitiesByYear[String(release.gpciYear)] ?? []);
  const locality = release ? findReleaseLocality(setup, release, calc.localityId) : null;

  useEffect(() => {
    let cancelled = false;
    const restored = restoreCalculatorState(window.location.search, readStorage(), {
      releaseIds: parseOptions.releaseIds,
      localityIds: new Set(parseOptions.localityIds),
    });
    void loadMissing(restored.state, initialData).then((loaded) => {
      if (cancelled) return;
      dispatch({
        type: "restored",
        calc: { ...restored.state, items: loaded.items },
        data: loaded.data,
        messages: [...restored.messages, ...loaded.messages],
      });
    });
    return () => {
      cancelled = true;
    };
  }, [parseOptions, initialData]);

  useEffect(() => {
    if (!state.restored) return;
    const query = serializeCalculatorState(calc);
    try {
      window.localStorage.setItem(STORAGE_KEY, query);
    } catch {
      // Not saved; the URL below still holds the list.
    }
    if (window.location.search !== `?${query}`) {
      window.history.replaceState(null, "", `${window.location.pathname}?${query}`);
    }
  }, [state.restored, calc]);

  useEffect(() => {
    const target = focusAfterRemove.current;
    if (target === null) return;
    focusAfterRemove.current = null;
    (target ? removeButtons.current.get(target) : addInput.current)?.focus();
  }, [calc.items]);

  if (!release) {
    return <p>No fee-schedule release has been imported, so there is nothing to calculate yet.</p>;
  }
  // A narrowed copy for the handlers below, which TypeScript checks as if they could run before the guard.
  const shown: CalculatorRelease = release;

  const result = computeCalculator(calc.items, data, { release, setting: calc.setting, gpci: locality });
  const comparisons = compareReleases(calc.items, data, setup, calc.setting, calc.localityId);
  const localityMissing = calc.localityId !== null && locality === null;
  const caption = `${release.label}, ${calc.setting}${locality ? `, ${locality.name} (${locality.state}) with ${release.gpciYear} GPCIs` : ", national amounts"}`;

  async function addFromText(text: string) {
    const pieces = text.split(/[,;]+/).map((piece) => piece.trim()).filter(Boolean);
    if (pieces.length === 0) {
      dispatch({ type: "add-error", error: "Type a code to add, such as 99213, 71046-26 or D3351." });
      return;
    }
    const errors = new Set<string>();
    const failed: string[] = [];
    const candidates: { text: string; item: CalculatorItem }[] = [];
    for (const piece of pieces) {
      const parsed = parseItem(piece, { typed: true });
      if (parsed.ok) candidates.push({ text: piece, item: parsed.item });
      else {
        errors.add(parsed.error);
        failed.push(piece);
      }
    }
    const codes = [...new Set(candidates.map(({ item }) => item.code))].filter((code) => !data[code]);
    if (codes.length > 0) dispatch({ type: "adding", status: `Looking up ${codes.join(", ")}…` });
    const fetched = await fetchManyCodeData(codes);
    const fresh: CodeDataMap = {};
    const fetchErrors = new Map<string, string>();
    for (const entry of fetched) {
      if (entry.ok) fresh[entry.data.code] = entry.data;
      else fetchErrors.set(entry.code, entry.error);
    }
    const items: CalculatorItem[] = [];
    const notes: string[] = [];
    for (const { text: piece, item } of candidates) {
      const codeData = fresh[item.code] ?? data[item.code];
      const problem = !codeData
        ? fetchErrors.get(item.code)
        : item.modifier && !hasModifier(codeData, item.modifier)
          ? `${item.code} has no ${getModifierLabel(item.modifier).toLowerCase()} in the fee schedule; add it without the modifier.`
          : undefined;
      if (problem || !codeData) {
        errors.add(problem ?? `Could not add ${item.code}.`);
        failed.push(piece);
        continue;
      }
      items.push(item);
      const line = computeLine(item, codeData, { release: shown, setting: calc.setting, gpci: locality });
      notes.push(
        line.payment
          ? `Added ${itemKey(item)}.`
          : `Added ${itemKey(item)}: ${line.pricing.summary}.`,
      );
    }
    dispatch({
      type: "added",
      items,
      data: fresh,
      status: notes.join(" "),
      error: errors.size > 0 ? [...errors].join(" ") : null,
    });
    setDraft(failed.join(", "));
    addInput.current?.focus();
  }

  function handleRemove(key: string) {
    const keys = calc.items.map(itemKey);
    const index = keys.indexOf(key);
    focusAfterRemove.current = keys[index + 1] ?? keys[index - 1] ?? "";
    dispatch({ type: "remove", key });
  }

  function exportCsv() {
    const csv = buildCalculatorCsv(result, {
      releaseId: shown.id,
      setting: calc.setting,
      locality: locality && shown.gpciYear !== null ? { name: locality.name, state: locality.state, gpciYear: shown.gpciYear } : null,
    });
    const url = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = buildCsvFileName(shown.id, calc.setting);
    document.body.append(link);
    link.click();
    link.remove();
    // Revoked on the next task: the click has started the download by then.
    setTimeout(() => URL.revokeObjectURL(url), 0);
    dispatch({ type: "status", status: "Downloaded the list as CSV." });
  }

  async function copyLink() {
    try {
      await navigator.clipboard.writeText(window.location.href);
      dispatch({ type: "status", status: "Copied the link to this list." });
    } catch {
      dispatch({ type: "status", status: "Could not copy: copy the address from the address bar instead." });
    }
  }

  const gpciNote =
    release.gpciYear === null
      ? "No GPCI data is imported, so only national amounts are available."
      : release.gpciYear === release.year
        ? `Locality amounts use the ${release.gpciYear} GPCIs, the release's own year.`
        : `There is no ${release.year} GPCI data, so locality amounts use the ${release.gpciYear} GPCIs, the nearest year available.`;
  const fieldClass =
    "w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-700 dark:bg-slate-900";
  const buttonClass =
    "rounded-md border border-slate-300 px-3 py-2 text-sm font-medium hover:bg-slate-100 disabled:opacity-50 dark:border-slate-700 dark:hover:bg-slate-800";

  return (
    <form
      method="get"
      action="/calculator"
      className="space-y-6"
      onSubmit={(event) => {
        event.preventDefault();
        // Enter in a units field submits the form too; only the add field and its button mean "add".
        const active = document.activeElement;
        if (active instanceof HTMLInputElement && active.name === "units") return;
        void addFromText(draft);
      }}
    >
      <input type="hidden" name="items" value={calc.items.map(formatItem).join(",")} />

      {state.messages.length > 0 ? (
        <div className="rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950 dark:border-amber-700 dark:bg-slate-900 dark:text-amber-100 print:hidden">
          <p className="font-semibold">Some parts of the list could not be used:</p>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {state.messages.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
          <button type="button" onClick={() => dispatch({ type: "dismiss-messages" })} className="mt-2 underline">
            Dismiss
          </button>
        </div>
      ) : null}

      <section aria-labelledby={`${ids.add}-heading`} className="space-y-4 rounded-lg border border-slate-200 p-4 dark:border-slate-800 print:hidden">
        <h2 id={`${ids.add}-heading`} className="text-lg font-semibold">
          Build the list
        </h2>
        <div className="flex flex-col gap-1">
          <label htmlFor={ids.add} className="font-semibold">
            Add codes
          </label>
          <div className="flex flex-col gap-2 sm:flex-row">
            <input
              ref={addInput}
              id={ids.add}
              name="add"
              type="text"
              value={draft}
              onChange={(event) => setDraft(event.target.value)}
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              aria-describedby={`${ids.hint} ${ids.error}`}
              aria-invalid={state.addError ? true : undefined}
              className={`${fieldClass} font-mono sm:max-w-xs aria-[invalid=true]:border-red-600`}
            />
            <button
              type="submit"
              name="apply"
              value="1"
              className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60"
            >
              Add
            </button>
          </div>
          <p id={ids.hint} className="text-sm text-slate-600 dark:text-slate-400">
            Any code in the CMS fee schedule, such as 99213, 71046-26 (professional component), 71046-TC or
            99213*2 for two units. Separate several codes with commas.
          </p>
          <p id={ids.error} role="alert" className="text-sm font-medium text-red-700 dark:text-red-300">
            {state.addError}
          </p>
          <p role="status" className="text-sm text-slate-700 dark:text-slate-300">
            {state.status}
          </p>
        </div>

        <div className="grid gap-4 sm:grid-cols-3">
          <fieldset className="space-y-1">
            <legend className="font-semibold">Setting</legend>
            {CALCULATOR_SETTINGS.map((setting) => (
              <label key={setting} className="flex items-center gap-2">
                <input
                  type="radio"
                  name="setting"
                  value={setting}
                  checked={calc.setting === setting}
                  onChange={() => dispatch({ type: "setting", setting })}
                />
                {SETTING_LABELS[setting]}
              </label>
            ))}
          </fieldset>
          <div className="flex flex-col gap-1">
            <label htmlFor={ids.locality} className="font-semibold">
              Payment locality (GPCI)
            </label>
            <select
              id={ids.locality}
              name="locality"
              value={locality ? calc.localityId ?? "" : ""}
              onChange={(event) => dispatch({ type: "locality", localityId: event.target.value || null })}
              aria-describedby={ids.gpci}
              className={fieldClass}
            >
              <option value="">National amounts only</option>
              {localities.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.state} · {option.name}
                </option>
              ))}
            </select>
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor={ids.release} className="font-semibold">
              Fee schedule release
            </label>
            <select
              id={ids.release}
              name="release"
              value={release.id}
              onChange={(event) => dispatch({ type: "release", releaseId: event.target.value })}
              aria-describedby={ids.gpci}
              className={fieldClass}
            >
              {setup.releases.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
        </div>
        <p id={ids.gpci} className="text-sm text-slate-600 dark:text-slate-400">
          {gpciNote}
          {localityMissing ? " The chosen locality has no GPCIs for that year, so only national amounts are shown." : ""}
        </p>
        <noscript>
          <button type="submit" name="apply" value="1" className={buttonClass}>
            Update the figures
          </button>
        </noscript>
      </section>

      <section aria-labelledby={`${ids.add}-list`} className="space-y-4">
        <h2 id={`${ids.add}-list`} className="text-xl font-semibold">
          Your list
        </h2>
        {calc.items.length === 0 ? (
          <p className="text-slate-700 dark:text-slate-300">
            The list is empty. Add a code above, or choose &ldquo;Add to the calculator&rdquo; on any code page.
          </p>
        ) : (
          <CalculatorTable
            result={result}
            dataByCode={data}
            caption={`Codes in the list: ${caption}`}
            showLocality={locality !== null}
            onModifierChange={(key, modifier) => dispatch({ type: "modifier", key, modifier })}
            onRemove={handleRemove}
            registerRemoveButton={(key, element) => {
              if (element) removeButtons.current.set(key, element);
              else removeButtons.current.delete(key);
            }}
            renderUnits={(line) => (
              <UnitsInput
                lineKey={line.key}
                units={line.item.units}
                onUnitsChange={(units) => dispatch({ type: "units", key: line.key, units })}
              />
            )}
          />
        )}

        <div aria-live="polite" aria-atomic="true" className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
          <h3 className="font-semibold">
            Totals, {release.id}, {calc.setting}
          </h3>
          <dl className="mt-2 grid grid-cols-2 gap-3 sm:grid-cols-4">
            <div>
              <dt className="text-sm text-slate-600 dark:text-slate-400">Work RVUs</dt>
              <dd className="text-xl font-semibold tabular-nums">{formatRvu(result.totals.workRvu)}</dd>
            </div>
            <div>
              <dt className="text-sm text-slate-600 dark:text-slate-400">Total RVUs</dt>
              <dd className="text-xl font-semibold tabular-nums">{formatRvu(result.totals.totalRvu)}</dd>
            </div>
            <div>
              <dt className="text-sm text-slate-600 dark:text-slate-400">National payment</dt>
              <dd className="text-xl font-semibold tabular-nums">{formatDollars(result.totals.nationalPayment)}</dd>
            </div>
            <div>
              <dt className="text-sm text-slate-600 dark:text-slate-400">Locality payment</dt>
              <dd className="text-xl font-semibold tabular-nums">
                {result.totals.localityPayment === null ? "Choose a locality" : formatDollars(result.totals.localityPayment)}
              </dd>
            </div>
          </dl>
          {result.totals.unpaidLines > 0 ? (
            <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
              {result.totals.unpaidLines === 1 ? "1 line is" : `${result.totals.unpaidLines} lines are`} not paid from
              RVUs and {result.totals.unpaidLines === 1 ? "is" : "are"} left out of the payment totals.
            </p>
          ) : null}
        </div>

        <div className="flex flex-wrap gap-2 print:hidden">
          <button type="button" onClick={exportCsv} disabled={calc.items.length === 0} className={buttonClass}>
            Export CSV
          </button>
          <button type="button" onClick={() => window.print()} className={buttonClass}>
            Print
          </button>
          <button type="button" onClick={() => void copyLink()} className={buttonClass}>
            Copy link
          </button>
          <button
            type="button"
            onClick={() => dispatch({ type: "clear" })}
            disabled={calc.items.length === 0}
            className={buttonClass}
          >
            Clear the list
          </button>
        </div>
        <p className="text-sm text-slate-600 dark:text-slate-400 print:hidden">
          The page address holds the list, setting, locality and release: bookmark it or share it. This browser
          also keeps the list for your next visit.
        </p>
      </section>

      {calc.items.length > 0 ? (
        <section aria-labelledby={`${ids.add}-releases`} className="space-y-3">
          <h2 id={`${ids.add}-releases`} className="text-xl font-semibold">
            How the list paid in each release
          </h2>
          <ReleaseComparison
            comparisons={comparisons}
            currentReleaseId={release.id}
            withLocality={locality !== null}
            setting={calc.setting}
          />
        </section>
      ) : null}
    </form>
  );
}
