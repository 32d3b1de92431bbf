import type { RvuRow } from "@/lib/fee-schedule/schema";
import {
  explainGlobalPeriod,
  explainPcTcIndicator,
  explainStatus,
  type PricingExplanation,
} from "@/lib/fee-schedule/status";

export interface StatusExplanationProps {
  /** The code's rows in the release shown; the global row (no modifier) is described, else the first row. */
  rows: readonly Pick<RvuRow, "modifier" | "status" | "globalDays" | "pctcIndicator">[];
  /** From `explainPricing`; its text is shown when the code has no national price. */
  pricing: PricingExplanation;
  /** For status I: the code Medicare uses instead, when known. */
  medicareAlternative?: string;
}

const termClass = "font-semibold text-slate-900 dark:text-slate-100";
const detailClass = "mb-3 text-slate-700 dark:text-slate-300";

/** The code's Medicare status, global period and PC/TC indicator in words, and why it is unpriced if so. */
export function StatusExplanation({ rows, pricing, medicareAlternative }: StatusExplanationProps) {
  const row = rows.find((candidate) => candidate.modifier === "") ?? rows[0];
  const status = row
    ? explainStatus(row.status, medicareAlternative === undefined ? {} : { medicareAlternative })
    : undefined;
  const global = row ? explainGlobalPeriod(row.globalDays) : undefined;
  const pctc = row ? explainPcTcIndicator(row.pctcIndicator) : undefined;

  return (
    <div className="space-y-4 text-sm">
      <dl>
        <dt className={termClass}>Medicare status</dt>
        <dd className={detailClass}>
          {status ? (
            <>
              <span className="font-medium">
                {status.name} (status {status.code}).
              </span>{" "}
              {status.meaning}
            </>
          ) : (
            "Not listed in the physician fee schedule file."
          )}
        </dd>
        {global ? (
          <>
            <dt className={termClass}>Global period</dt>
            <dd className={detailClass}>
              <span className="font-medium">
                {global.name} ({global.code}).
              </span>{" "}
              {global.meaning}
            </dd>
          </>
        ) : null}
        {pctc ? (
          <>
            <dt className={termClass}>Professional/technical split</dt>
            <dd className={detailClass}>
              <span className="font-medium">
                {pctc.name} (PC/TC indicator {pctc.code}).
              </span>{" "}
              {pctc.meaning}
            </dd>
          </>
        ) : null}
      </dl>
      {pricing.priced ? null : (
        <section
          aria-label="Why there is no national Medicare price"
          className="rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
        >
          <p className="font-semibold">{pricing.summary}</p>
          <p className="mt-1">{pricing.detail}</p>
        </section>
      )}
    </div>
  );
}
