"use client";

import { useEffect, useReducer, useRef, useState } from "react";

import { AddCodesField } from "@/components/calculator/add-codes-field";
import { CalculatorSettings } from "@/components/calculator/calculator-settings";
import { CalculatorTable } from "@/components/calculator/calculator-table";
import { CalculatorTotals } from "@/components/calculator/calculator-totals";
import { ReleaseComparison } from "@/components/calculator/release-comparison";
import { UnitsInput } from "@/components/calculator/units-input";
import { finishAdd, planAdd } from "@/lib/calculator/add-codes";
import {
  compareReleases,
  computeCalculator,
  computeLine,
  findReleaseLocality,
} from "@/lib/calculator/compute";
import { buildCalculatorCsv, buildCsvFileName } from "@/lib/calculator/csv";
import { fetchManyCodeData } from "@/lib/calculator/fetch-code-data";
import { formatItem, itemKey } from "@/lib/calculator/items";
import type { CalculatorPageData } from "@/lib/calculator/page-data";
import type { CalculatorRelease, CalculatorSetup, CalculatorState } from "@/lib/calculator/types";
import { restoreCalculatorState, serializeCalculatorState } from "@/lib/calculator/url-state";
import { calculatorReducer, createViewState, type CodeDataMap } from "@/lib/calculator/view-state";

/** localStorage key; the value is the same query string the URL carries (see lib/calculator/url-state). */
const STORAGE_KEY = "codeatlas:calculator";

const buttonClass =
  "rounded-md border border-slate-300 px-3 py-2 text-sm font-medium hover:bg-slate-100 disabled:opacity-50 dark:border-slate-700 dark:hover:bg-slate-800";

function readStorage(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage can be disabled (private modes, policies); the URL still carries the list.
    return null;
  }
}

/** Fetches the codes a state needs that the page lacks; codes the server does not know are dropped. */
async function loadMissing(calc: CalculatorState, have: CodeDataMap) {
  const codes = calc.items.map((item) => item.code).filter((code) => !have[code]);
  const data: CodeDataMap = {};
  const dropped = new Set<string>();
  const messages: string[] = [];
  for (const result of await fetchManyCodeData(codes)) {
    if (result.ok) data[result.data.code] = result.data;
    else {
      if (result.missing) dropped.add(result.code);
      messages.push(result.missing ? `${result.error} It was left out of the list.` : result.error);
    }
  }
  return { items: calc.items.filter((item) => !dropped.has(item.code)), data, messages };
}

function downloadText(text: string, fileName: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next task: the click has started the download by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export interface CalculatorProps {
  setup: CalculatorSetup;
  parseOptions: CalculatorPageData["parseOptions"];
  initialState: CalculatorState;
  initialData: CodeDataMap;
  initialMessages: string[];
}

/**
 * The interactive calculator. The server renders it from the URL alone, figures included; the browser then
 * merges the list kept in localStorage, and from then on every change is written back to both.
 */
export function Calculator({
  setup,
  parseOptions,
  initialState,
  initialData,
  initialMessages,
}: CalculatorProps) {
  const [state, dispatch] = useReducer(
    calculatorReducer,
    createViewState(initialState, initialData, initialMessages),
  );
  const [draft, setDraft] = useState("");
  const addInput = useRef<HTMLInputElement>(null);
  const removeButtons = useRef(new Map<string, HTMLButtonElement>());
  /** After a remove: the key of the remove button to focus, "" for the add field, null for nothing. */
  const focusAfterRemove = useRef<string | null>(null);

  const { calc, data } = state;
  const release =
    setup.releases.find((candidate) => candidate.id === calc.releaseId) ?? setup.releases.at(-1);
  const localities =
    release?.gpciYear == null ? [] : (setup.localitiesByYear[String(release.gpciYear)] ?? []);
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
  const options = { release, setting: calc.setting, gpci: locality };
  const result = computeCalculator(calc.items, data, options);
  const where = locality
    ? `${locality.name} (${locality.state}) with ${release.gpciYear} GPCIs`
    : "national amounts";

  async function addFromText(text: string) {
    const plan = planAdd(text, data);
    if (plan.codesToFetch.length > 0) {
      dispatch({ type: "looking-up", status: `Looking up ${plan.codesToFetch.join(", ")}…` });
    }
    const fresh: CodeDataMap = {};
    const fetchErrors = new Map<string, string>();
    for (const fetched of await fetchManyCodeData(plan.codesToFetch)) {
      if (fetched.ok) fresh[fetched.data.code] = fetched.data;
      else fetchErrors.set(fetched.code, fetched.error);
    }
    const known = { ...data, ...fresh };
    const outcome = finishAdd(plan, known, fetchErrors);
    const status = outcome.items.map((item) => {
      const line = computeLine(item, known[item.code]!, { ...options, release: shown });
      return line.payment
        ? `Added ${itemKey(item)}.`
        : `Added ${itemKey(item)}: ${line.pricing.summary}.`;
    });
    dispatch({
      type: "added",
      items: outcome.items,
      data: fresh,
      status: status.join(" "),
      error: outcome.errors.length > 0 ? outcome.errors.join(" ") : null,
    });
    setDraft(outcome.failed.join(", "));
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
      locality:
        locality && shown.gpciYear !== null
          ? { name: locality.name, state: locality.state, gpciYear: shown.gpciYear }
          : null,
    });
    downloadText(csv, buildCsvFileName(shown.id, calc.setting), "text/csv;charset=utf-8");
    dispatch({ type: "status", status: "Downloaded the list as CSV." });
  }

  async function copyLink() {
    try {
      await navigator.clipboard.writeText(window.location.href);
      dispatch({ type: "status", status: "Copied the link to this list." });
    } catch {
      dispatch({
        type: "status",
        status: "Could not copy: copy the address from the address bar instead.",
      });
    }
  }

  return (
    <form
      method="get"
      action="/calculator"
      className="space-y-6"
      onSubmit={(event) => {
        event.preventDefault();
        // Enter in a units field submits the form too; only the add field and its button mean "add".
        const active = document.activeElement;
        if (active instanceof HTMLInputElement && active.type === "number") return;
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
          <button
            type="button"
            onClick={() => dispatch({ type: "dismiss-messages" })}
            className="mt-2 underline"
          >
            Dismiss
          </button>
        </div>
      ) : null}

      <section
        aria-labelledby="calculator-build"
        className="space-y-4 rounded-lg border border-slate-200 p-4 dark:border-slate-800 print:hidden"
      >
        <h2 id="calculator-build" className="text-lg font-semibold">
          Build the list
        </h2>
        <AddCodesField
          value={draft}
          onValueChange={setDraft}
          error={state.addError}
          status={state.status}
          inputRef={addInput}
        />
        <CalculatorSettings
          setting={calc.setting}
          localityId={locality ? calc.localityId : null}
          localityMissing={calc.localityId !== null && locality === null}
          localities={localities}
          release={release}
          releases={setup.releases}
          onSettingChange={(setting) => dispatch({ type: "setting", setting })}
          onLocalityChange={(localityId) => dispatch({ type: "locality", localityId })}
          onReleaseChange={(releaseId) => dispatch({ type: "release", releaseId })}
        />
        <noscript>
          <button type="submit" name="apply" value="1" className={buttonClass}>
            Update the figures
          </button>
        </noscript>
      </section>

      <section aria-labelledby="calculator-list" className="space-y-4">
        <h2 id="calculator-list" className="text-xl font-semibold">
          Your list
        </h2>
        {calc.items.length === 0 ? (
          <p className="text-slate-700 dark:text-slate-300">
            The list is empty. Add a code above, or use the calculator link on any code page.
          </p>
        ) : (
          <CalculatorTable
            result={result}
            dataByCode={data}
            caption={`Codes in the list: ${release.label}, ${calc.setting}, ${where}`}
            showLocality={locality !== null}
            onModifierChange={(key, modifier) => dispatch({ type: "modifier", key, modifier })}
            onRemove={handleRemove}
            registerRemoveButton={(key, element) => {
              if (element) removeButtons.current.set(key, element);
              else removeButtons.current.delete(key);
            }}
            renderUnits={(line) => (
              <UnitsInput
                item={line.item}
                onUnitsChange={(units) => dispatch({ type: "units", key: line.key, units })}
              />
            )}
          />
        )}
        <CalculatorTotals totals={result.totals} releaseId={release.id} setting={calc.setting} />
        <div className="flex flex-wrap gap-2 print:hidden">
          <button
            type="button"
            onClick={exportCsv}
            disabled={calc.items.length === 0}
            className={buttonClass}
          >
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
          The page address holds the list, setting, locality and release: bookmark it or share it.
          This browser also keeps the list for your next visit.
        </p>
      </section>

      {calc.items.length > 0 ? (
        <section aria-labelledby="calculator-releases" className="space-y-3">
          <h2 id="calculator-releases" className="text-xl font-semibold">
            How the list paid in each release
          </h2>
          <ReleaseComparison
            comparisons={compareReleases(calc.items, data, setup, calc.setting, calc.localityId)}
            currentReleaseId={release.id}
            withLocality={locality !== null}
            setting={calc.setting}
          />
        </section>
      ) : null}
    </form>
  );
}
