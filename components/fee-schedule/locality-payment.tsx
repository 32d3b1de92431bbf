import { SiteLink } from "@/components/layout/site-link";
import {
  localityRowsToShow,
  type LocalityPaymentConfig,
} from "@/lib/fee-schedule/locality-payment";

const selectClass =
  "w-full max-w-md rounded-md border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-700 dark:bg-slate-900";

/**
 * Locality-adjusted Medicare payment for a code. Code pages ship no React, so this renders the markup
 * only: without JavaScript a reader gets a link to the calculator, which prices any locality on the
 * server; components/islands/locality-payment.ts swaps in the select and fills the amounts in place.
 */
export function LocalityPayment(config: LocalityPaymentConfig) {
  const { code } = config;
  // Only the figures the formula needs travel in the page, whatever the caller passed.
  const rows = localityRowsToShow(config.rows).map(
    ({ modifier, workRvu, peNonFacility, peFacility, mpRvu }) => ({
      modifier,
      workRvu,
      peNonFacility,
      peFacility,
      mpRvu,
    }),
  );
  if (rows.length === 0) return null;
  const selectId = `locality-${code}`;
  const hintId = `locality-${code}-hint`;
  return (
    <div className="space-y-3 text-sm" data-locality-payment={JSON.stringify({ ...config, rows })}>
      <p data-locality-fallback>
        <span className="font-semibold">Medicare payment in your locality: </span>
        <SiteLink
          href={`/calculator?add=${code}`}
          className="text-brand-700 dark:text-brand-300 underline"
        >
          open {code} in the wRVU calculator
        </SiteLink>{" "}
        and choose a payment locality there. The national amounts above apply without one.
      </p>
      <div className="flex flex-col gap-1" data-locality-picker hidden>
        <label htmlFor={selectId} className="font-semibold">
          Medicare payment locality
        </label>
        <select id={selectId} aria-describedby={hintId} disabled className={selectClass}>
          <option value="">Loading localities…</option>
        </select>
        <p id={hintId} className="text-slate-600 dark:text-slate-400">
          Choose a locality to adjust the national amounts above for local costs.
        </p>
      </div>
      <div aria-live="polite" data-locality-result />
    </div>
  );
}
