"use client";

import { useEffect, useState } from "react";
import type { LocalityRvuRow } from "@/lib/code-page/rvu-section";
import { formatDollars, localityPayments } from "@/lib/fee-schedule/payment";
import { getModifierLabel } from "@/lib/fee-schedule/status";

/** One payment locality: only what the picker needs, to keep the serialized props small. */
export interface LocalityOption {
  id: string;
  name: string;
  state: string;
  pw: number;
  pe: number;
  mp: number;
}

export interface LocalityPaymentProps {
  /** The code, for the label and caption. */
  code: string;
  /** Rows Medicare pays from RVUs; only the global, 26 and TC rows are shown. */
  rows: readonly LocalityRvuRow[];
  /** JSON endpoint with `{ localities: LocalityOption[] }`; fetched in the browser so pages stay small. */
  localitiesUrl: string;
  conversionFactor: number;
  /** e.g. "2025 October release (RVU25D)". */
  releaseLabel: string;
  /** Year of the GPCIs, e.g. 2025. */
  gpciYear: number;
}

const SHOWN_MODIFIERS = new Set(["", "26", "TC"]);

/**
 * Locality-adjusted Medicare payment for a code. The page already shows national amounts without
 * JavaScript; this only adds the optional local figure, so nothing is selected at first.
 */
export function LocalityPayment({
  code,
  rows,
  localitiesUrl,
  conversionFactor,
  releaseLabel,
  gpciYear,
}: LocalityPaymentProps) {
  // Fixed ids (one locality select per page): React's generated ids are not valid HTML ids.
  const selectId = `locality-${code}`;
  const hintId = `locality-${code}-hint`;
  const [localityId, setLocalityId] = useState("");
  const [localities, setLocalities] = useState<LocalityOption[] | undefined>(undefined);
  const [loadFailed, setLoadFailed] = useState(false);
  useEffect(() => {
    const controller = new AbortController();
    fetch(localitiesUrl, { signal: controller.signal })
      .then((response) =>
        response.ok ? response.json() : Promise.reject(new Error(String(response.status))),
      )
      .then((body: { localities: LocalityOption[] }) => setLocalities(body.localities))
      .catch(() => {
        if (!controller.signal.aborted) setLoadFailed(true);
      });
    return () => controller.abort();
  }, [localitiesUrl]);
  const shownRows = rows.filter((row) => SHOWN_MODIFIERS.has(row.modifier));
  if (shownRows.length === 0) return null;
  const locality = localities?.find((candidate) => candidate.id === localityId);

  return (
    <div className="space-y-3 text-sm">
      <div className="flex flex-col gap-1">
        <label htmlFor={selectId} className="font-semibold">
          Medicare payment locality
        </label>
        <select
          id={selectId}
          aria-describedby={hintId}
          value={localityId}
          disabled={!localities}
          onChange={(event) => setLocalityId(event.target.value)}
          className="w-full max-w-md rounded-md border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-700 dark:bg-slate-900"
        >
          <option value="">
            {localities
              ? "Choose a locality…"
              : loadFailed
                ? "Localities could not be loaded"
                : "Loading localities…"}
          </option>
          {(localities ?? []).map((option) => (
            <option key={option.id} value={option.id}>
              {option.state} · {option.name}
            </option>
          ))}
        </select>
        <p id={hintId} className="text-slate-600 dark:text-slate-400">
          {locality
            ? `Using ${gpciYear} GPCIs for ${locality.name}: work ${locality.pw}, practice expense ${locality.pe}, malpractice ${locality.mp}.`
            : localities
              ? "Choose a locality to adjust the national amounts above for local costs."
              : "Locality figures need JavaScript; the national amounts above apply without it."}
        </p>
      </div>
      <div aria-live="polite">
        {locality ? (
          <div
            className="overflow-x-auto"
            role="region"
            aria-label={`Payment for ${code} in ${locality.name}`}
            tabIndex={0}
          >
            <table className="w-full border-collapse">
              <caption className="py-1 text-left font-medium text-slate-700 dark:text-slate-300">
                Medicare payment for {code} in {locality.name} ({locality.state}), {releaseLabel}
              </caption>
              <thead>
                <tr className="border-b border-slate-200 dark:border-slate-800">
                  <th scope="col" className="py-2 pr-3 text-left font-semibold">
                    Row
                  </th>
                  <th scope="col" className="px-3 py-2 text-right font-semibold">
                    Non-facility
                  </th>
                  <th scope="col" className="py-2 pl-3 text-right font-semibold">
                    Facility
                  </th>
                </tr>
              </thead>
              <tbody>
                {shownRows.map((row) => {
                  const payments = localityPayments(row, locality, conversionFactor);
                  return (
                    <tr
                      key={row.modifier}
                      className="border-b border-slate-200 last:border-b-0 dark:border-slate-800"
                    >
                      <th scope="row" className="py-2 pr-3 text-left font-medium">
                        {getModifierLabel(row.modifier)}
                      </th>
                      <td className="px-3 py-2 text-right tabular-nums">
                        {formatDollars(payments.nonFacility)}
                      </td>
                      <td className="py-2 pl-3 text-right tabular-nums">
                        {formatDollars(payments.facility)}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        ) : null}
      </div>
    </div>
  );
}
