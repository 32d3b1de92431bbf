import { formatDollars, formatRvu } from "@/lib/fee-schedule/payment";
import type { LogEntry } from "@/lib/wrvu-log/entry";
import { periodKey, periodLabel, stepPeriod, type Period } from "@/lib/wrvu-log/periods";
import { estimateProductivity } from "@/lib/wrvu-log/reconcile";
import { entriesIn, totalEntries, type LogCodeData, type LogPricing } from "@/lib/wrvu-log/totals";

import { FiguresTable } from "./figures-table";
import { TotalsList } from "./log-figures";
import { LOG_UI } from "./log-ui";

const PERIOD_NAMES: Record<Period, string> = {
  day: "Day",
  week: "Week",
  month: "Month",
  year: "Year",
};

/** The date the figures are around, and a step to the month before or after. */
export function FocusControls({
  focus,
  onFocus,
}: {
  focus: string;
  onFocus: (date: string) => void;
}) {
  const month = periodKey(focus, "month");
  return (
    <div className="flex flex-wrap items-end gap-2">
      <div className="flex flex-col gap-1">
        <label htmlFor="log-focus" className={LOG_UI.label}>
          Show the figures around
        </label>
        <input
          id="log-focus"
          type="date"
          value={focus}
          onInput={(event) => {
            const value = (event.target as HTMLInputElement).value;
            if (value) onFocus(value);
          }}
          className={LOG_UI.input}
        />
      </div>
      <button
        type="button"
        className={LOG_UI.button}
        onClick={() => onFocus(`${stepPeriod(month, "month", -1)}-01`)}
      >
        Previous month
      </button>
      <button
        type="button"
        className={LOG_UI.button}
        onClick={() => onFocus(`${stepPeriod(month, "month", 1)}-01`)}
      >
        Next month
      </button>
    </div>
  );
}

/** The log's entries, priced in one release, with the date the figures are around. */
export interface FocusedEntriesProps {
  focus: string;
  entries: readonly LogEntry[];
  data: LogCodeData;
  pricing: LogPricing;
}

/** The totals of the day, week, month and year around the focused date, one card each. */
export function PeriodCards({ focus, entries, data, pricing }: FocusedEntriesProps) {
  return (
    <>
      <p className={LOG_UI.muted}>
        In {pricing.release.label}
        {pricing.locality ? `, ${pricing.locality.name} (${pricing.locality.state})` : ""}. Each
        entry is priced in its own setting.
      </p>
      <ul className="grid gap-3 sm:grid-cols-2">
        {(["day", "week", "month", "year"] as const).map((period) => {
          const key = periodKey(focus, period);
          return (
            <li key={period} className={LOG_UI.card}>
              <h3 className="font-semibold">
                {PERIOD_NAMES[period]}: {periodLabel(key, period)}
              </h3>
              <TotalsList totals={totalEntries(entriesIn(entries, period, key), data, pricing)} />
            </li>
          );
        })}
      </ul>
    </>
  );
}

/** The month and year around the focused date, in the contract's release beside the current one. */
export function ReleaseSideBySide({
  focus,
  entries,
  data,
  contract,
  current,
}: {
  focus: string;
  entries: readonly LogEntry[];
  data: LogCodeData;
  contract: LogPricing;
  current: LogPricing;
}) {
  return (
    <div className={`${LOG_UI.card} space-y-2`}>
      <h3 className="font-semibold">
        {contract.release.id === current.release.id
          ? `Your contract release is the current one (${current.release.id})`
          : `Your contract release (${contract.release.id}) beside the current one (${current.release.id})`}
      </h3>
      <FiguresTable
        caption="Work RVUs in each release"
        captionClassName="sr-only"
        testId="releases"
        columns={["Work RVUs", contract.release.id, current.release.id]}
        rows={(["month", "year"] as const).map((period) => {
          const key = periodKey(focus, period);
          const inPeriod = entriesIn(entries, period, key);
          return {
            key: period,
            header: periodLabel(key, period),
            cells: [contract, current].map((pricing) =>
              formatRvu(totalEntries(inPeriod, data, pricing).workRvu),
            ),
          };
        })}
      />
    </div>
  );
}

/** What the contract's rate and threshold would pay for the year: shown once a rate is set. */
export function ProductivityEstimate({
  year,
  workRvu,
  rate,
  threshold,
}: {
  year: string;
  workRvu: number;
  rate: number | null;
  threshold: number | null;
}) {
  if (rate === null) return null;
  const estimate = estimateProductivity(workRvu, rate, threshold ?? 0);
  return (
    <div className={`${LOG_UI.card} space-y-1 text-sm`}>
      <h3 className="font-semibold">Estimated productivity payment, {year}</h3>
      <p>
        {formatRvu(estimate.aboveThreshold)} wRVUs above the threshold × {formatDollars(rate)} ={" "}
        <strong>{formatDollars(estimate.amount)}</strong>
      </p>
      <p className={LOG_UI.muted}>
        An estimate only: contracts differ in which services count, how they prorate the threshold
        and when they pay. Your employer&apos;s figures decide.
      </p>
    </div>
  );
}
