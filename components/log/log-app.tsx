import { useState } from "react";

import { Section } from "@/components/ui/section";
import { formatDollars, formatRvu } from "@/lib/fee-schedule/payment";
import { readListFragment, type CarriedList } from "@/lib/wrvu-log/calculator-list";
import { localIsoDate, sortEntries, type LogEntry } from "@/lib/wrvu-log/entry";
import type { LogIslandProps } from "@/lib/wrvu-log/island";
import {
  periodKey,
  periodLabel,
  periodRange,
  stepPeriod,
  type Period,
} from "@/lib/wrvu-log/periods";
import { estimateProductivity, formatDifference, reconcileMonth } from "@/lib/wrvu-log/reconcile";
import {
  entriesIn,
  logPricing,
  topCodes,
  totalEntries,
  workRvuSeries,
  type LogPricing,
} from "@/lib/wrvu-log/totals";

import { EntryForm } from "./entry-form";
import { EntryList } from "./entry-list";
import { WorkRvuChart } from "./log-chart";
import { LogData } from "./log-data";
import { TotalsList } from "./log-figures";
import { LogSettingsPanel } from "./log-settings";
import { LOG_UI } from "./log-ui";
import { NumberField } from "./number-field";
import { useLog } from "./use-log";

const inBrowser = () => typeof window !== "undefined";

function newId(): string {
  return typeof crypto.randomUUID === "function"
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

function blankEntry(date: string): LogEntry {
  return {
    id: "",
    date,
    code: "",
    modifier: "",
    units: 1,
    setting: "non-facility",
    location: "",
    note: "",
  };
}

const PERIOD_NAMES: Record<Period, string> = {
  day: "Day",
  week: "Week",
  month: "Month",
  year: "Year",
};

/**
 * The wRVU log: entries kept in this browser, their totals by day, week, month and year in the
 * reader's contract release beside the current one, a month reconciled with the employer's report, a
 * chart, the top codes, and the reader's data to export, import or delete.
 */
export function LogApp({ setup }: LogIslandProps) {
  const log = useLog();
  const { entries, settings, data, status, error, deleted } = log.state;
  // The reader's today is the browser's, never the server's: the server renders no date at all.
  const [today] = useState(() => (inBrowser() ? localIsoDate(new Date()) : ""));
  const [focus, setFocus] = useState(today);
  const [chartPeriod, setChartPeriod] = useState<"week" | "month">("month");
  const [carried, setCarried] = useState<CarriedList | null>(() => {
    if (!inBrowser()) return null;
    const list = readListFragment(window.location.hash);
    return list.items.length > 0 || list.messages.length > 0 ? list : null;
  });

  const contract = logPricing(setup, settings.contractReleaseId, settings.localityId);
  const current = logPricing(setup, null, settings.localityId);
  const ready = entries !== null && contract !== null && current !== null && focus !== "";
  const all = entries ?? [];
  const month = focus ? periodKey(focus, "month") : "";
  const monthEntries = ready ? sortEntries(entriesIn(all, "month", month)) : [];
  const monthTotals = ready ? totalEntries(monthEntries, data, contract) : null;
  if (!ready) return <LogOpening />;

  return (
    <div className="space-y-8">
      <div
        className="sticky top-0 z-10 -mx-4 border-b border-slate-200 bg-white/95 px-4 py-2 dark:border-slate-800 dark:bg-slate-950/95"
        aria-live="polite"
      >
        <p className="text-sm font-semibold tabular-nums" data-testid="running-total">
          {monthTotals &&
            `${periodLabel(month, "month")}: ${formatRvu(monthTotals.workRvu)} wRVU in ${contract.release.id} · ${monthTotals.entries} ${monthTotals.entries === 1 ? "entry" : "entries"}`}
        </p>
      </div>
      <p role="status" className="text-sm text-slate-700 dark:text-slate-300">
        {status}
        {deleted && (
          <>
            {" "}
            <button type="button" className={LOG_UI.button} onClick={log.undoDelete}>
              Undo delete
            </button>
          </>
        )}
      </p>
      {error && (
        <p
          role="alert"
          className="rounded-md border border-red-300 p-3 text-sm text-red-800 dark:border-red-800 dark:text-red-200"
        >
          {error}
        </p>
      )}
      {carried && ready && (
        <CarriedListPrompt
          list={carried}
          onAdd={() => {
            const added = carried.items.map((item) => ({
              ...blankEntry(today),
              ...item,
              setting: carried.setting,
              id: newId(),
            }));
            log.addEntries(
              added,
              `Added ${added.length} entries from the calculator, dated today.`,
            );
            void log.loadCodes(added.map((entry) => entry.code));
            setCarried(null);
            history.replaceState(null, "", window.location.pathname);
          }}
          onDismiss={() => {
            setCarried(null);
            history.replaceState(null, "", window.location.pathname);
          }}
        />
      )}
      <Section headingId="log-add" title="Add an entry">
        <EntryForm
          key={today}
          initial={blankEntry(today)}
          editing={false}
          locations={settings.locations}
          data={data}
          loadCodes={log.loadCodes}
          onSave={(entry) => {
            log.saveEntry(
              { ...entry, id: newId() },
              `Added ${entry.code} on ${periodLabel(entry.date, "day")}.`,
            );
            setFocus(entry.date);
          }}
        />
      </Section>
      <Section headingId="log-figures" title="Your figures">
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
                if (value) setFocus(value);
              }}
              className={LOG_UI.input}
            />
          </div>
          <button
            type="button"
            className={LOG_UI.button}
            onClick={() => setFocus(`${stepPeriod(month, "month", -1)}-01`)}
          >
            Previous month
          </button>
          <button
            type="button"
            className={LOG_UI.button}
            onClick={() => setFocus(`${stepPeriod(month, "month", 1)}-01`)}
          >
            Next month
          </button>
        </div>
        <p className={LOG_UI.muted}>
          In {contract.release.label}
          {contract.locality ? `, ${contract.locality.name} (${contract.locality.state})` : ""}.
          Each entry is priced in its own setting.
        </p>
        <ul className="grid gap-3 sm:grid-cols-2">
          {(["day", "week", "month", "year"] as const).map((period) => {
            const key = periodKey(focus, period);
            return (
              <li key={period} className={LOG_UI.card}>
                <h3 className="font-semibold">
                  {PERIOD_NAMES[period]}: {periodLabel(key, period)}
                </h3>
                <TotalsList totals={totalEntries(entriesIn(all, period, key), data, contract)} />
              </li>
            );
          })}
        </ul>
        <ReleaseSideBySide
          focus={focus}
          entries={all}
          data={data}
          contract={contract}
          current={current}
        />
        <ProductivityEstimate
          year={periodKey(focus, "year")}
          workRvu={
            totalEntries(entriesIn(all, "year", periodKey(focus, "year")), data, contract).workRvu
          }
          rate={settings.ratePerWrvu}
          threshold={settings.annualThreshold}
        />
      </Section>
      <Section headingId="log-reconcile" title={`Reconcile ${periodLabel(month, "month")}`}>
        <Reconciliation
          month={month}
          reconciliation={reconcileMonth(
            monthEntries,
            settings.reported[month] ?? null,
            settings.locations,
            data,
            contract,
          )}
          onReported={(value) => {
            const reported = { ...settings.reported };
            if (value === null) delete reported[month];
            else reported[month] = value;
            log.updateSettings({ reported });
          }}
        />
      </Section>
      <Section headingId="log-chart" title="Work RVUs over time">
        <div role="group" aria-label="Bars per" className="flex gap-2">
          {(["week", "month"] as const).map((period) => (
            <button
              key={period}
              type="button"
              aria-pressed={chartPeriod === period}
              className={`${LOG_UI.button} aria-pressed:bg-slate-200 dark:aria-pressed:bg-slate-700`}
              onClick={() => setChartPeriod(period)}
            >
              Per {period}
            </button>
          ))}
        </div>
        <WorkRvuChart
          period={chartPeriod}
          caption={`Work RVUs per ${chartPeriod}, ${chartPeriod === "week" ? "12 weeks" : "12 months"} to ${periodLabel(periodKey(focus, chartPeriod), chartPeriod)} (${contract.release.id})`}
          bars={workRvuSeries(
            all,
            data,
            contract,
            chartPeriod,
            periodRange(periodKey(focus, chartPeriod), chartPeriod, 12),
          )}
        />
      </Section>
      <Section headingId="log-top" title={`Top codes in ${periodLabel(month, "month")}`}>
        <TopCodes month={monthEntries} data={data} pricing={contract} />
      </Section>
      <Section headingId="log-entries" title={`Entries in ${periodLabel(month, "month")}`}>
        <EntryList
          entries={monthEntries}
          data={data}
          pricing={contract}
          locations={settings.locations}
          loadCodes={log.loadCodes}
          onSave={(entry) =>
            log.saveEntry(entry, `Saved ${entry.code} on ${periodLabel(entry.date, "day")}.`)
          }
          onDelete={(entry) =>
            log.deleteEntry(entry.id, `Deleted ${entry.code} on ${periodLabel(entry.date, "day")}.`)
          }
        />
      </Section>
      <Section headingId="log-settings" title="Contract and locations">
        <LogSettingsPanel setup={setup} settings={settings} onChange={log.updateSettings} />
      </Section>
      <Section headingId="log-data" title="Your data">
        <LogData
          entries={all}
          settings={settings}
          data={data}
          pricing={contract}
          onImport={(file) => {
            log.importFile(file);
            void log.loadCodes(file.entries.map((entry) => entry.code));
          }}
          onClear={log.clearAll}
          onStatus={log.setStatus}
        />
      </Section>
    </div>
  );
}

/**
 * What the log shows until the browser's storage answers. The server renders nothing here: readers
 * without JavaScript get LogPage's note instead, and only that.
 */
function LogOpening() {
  return inBrowser() ? <p className={LOG_UI.muted}>Opening your log…</p> : null;
}

function CarriedListPrompt({
  list,
  onAdd,
  onDismiss,
}: {
  list: CarriedList;
  onAdd: () => void;
  onDismiss: () => void;
}) {
  return (
    <div role="group" aria-label="List from the calculator" className={`${LOG_UI.card} space-y-2`}>
      <p className="font-semibold">
        Add {list.items.length} {list.items.length === 1 ? "entry" : "entries"} from the calculator
        to your log, dated today?
      </p>
      <p className="font-mono text-sm">
        {list.items
          .map((item) => `${item.code}${item.modifier ? `-${item.modifier}` : ""} × ${item.units}`)
          .join(", ")}
      </p>
      {list.messages.map((message) => (
        <p key={message} className="text-sm text-red-700 dark:text-red-300">
          {message}
        </p>
      ))}
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={LOG_UI.primary}
          onClick={onAdd}
          disabled={list.items.length === 0}
        >
          Add them to my log
        </button>
        <button type="button" className={LOG_UI.button} onClick={onDismiss}>
          Not now
        </button>
      </div>
    </div>
  );
}

function ReleaseSideBySide({
  focus,
  entries,
  data,
  contract,
  current,
}: {
  focus: string;
  entries: readonly LogEntry[];
  data: Parameters<typeof totalEntries>[1];
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
      <table className="w-full max-w-md text-sm" data-testid="releases">
        <caption className="sr-only">Work RVUs in each release</caption>
        <thead>
          <tr>
            <th scope="col" className="text-left">
              Work RVUs
            </th>
            <th scope="col" className="text-right">
              {contract.release.id}
            </th>
            <th scope="col" className="text-right">
              {current.release.id}
            </th>
          </tr>
        </thead>
        <tbody>
          {(["month", "year"] as const).map((period) => {
            const key = periodKey(focus, period);
            const inPeriod = entriesIn(entries, period, key);
            return (
              <tr key={period} className="border-t border-slate-200 dark:border-slate-800">
                <th scope="row" className="py-1 text-left font-normal">
                  {periodLabel(key, period)}
                </th>
                <td className="text-right tabular-nums">
                  {formatRvu(totalEntries(inPeriod, data, contract).workRvu)}
                </td>
                <td className="text-right tabular-nums">
                  {formatRvu(totalEntries(inPeriod, data, current).workRvu)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function ProductivityEstimate({
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

function Reconciliation({
  month,
  reconciliation,
  onReported,
}: {
  month: string;
  reconciliation: ReturnType<typeof reconcileMonth>;
  onReported: (value: number | null) => void;
}) {
  const { logged, reported, difference, byLocation } = reconciliation;
  return (
    <div className="space-y-3">
      <NumberField
        key={month}
        id="log-reported"
        label={`wRVUs your employer reported for ${periodLabel(month, "month")}`}
        value={reported}
        onChange={onReported}
        hint="From their productivity report; kept in this browser."
      />
      <dl
        className="grid max-w-md grid-cols-[1fr_auto] gap-x-3 gap-y-1 text-sm"
        data-testid="reconciliation"
      >
        <dt>Logged here</dt>
        <dd className="text-right font-semibold tabular-nums">{formatRvu(logged)}</dd>
        <dt>Reported by your employer</dt>
        <dd className="text-right font-semibold tabular-nums">
          {reported === null ? "Not entered" : formatRvu(reported)}
        </dd>
        <dt>Difference (reported − logged)</dt>
        <dd className="text-right font-semibold tabular-nums">
          {difference === null ? "—" : formatDifference(difference)}
        </dd>
      </dl>
      {difference !== null && difference !== 0 && (
        <p className="text-sm">
          {difference < 0
            ? "Your employer counted fewer wRVUs than you logged: the entries below show which services to ask about."
            : "Your employer counted more wRVUs than you logged: a service may be missing from this log."}
        </p>
      )}
      {byLocation.length > 0 && (
        <table className="w-full max-w-md text-sm">
          <caption className="text-left font-semibold">Logged by work location</caption>
          <thead>
            <tr>
              <th scope="col" className="text-left">
                Location
              </th>
              <th scope="col" className="text-right">
                Entries
              </th>
              <th scope="col" className="text-right">
                Work RVUs
              </th>
            </tr>
          </thead>
          <tbody>
            {byLocation.map((row) => (
              <tr key={row.location} className="border-t border-slate-200 dark:border-slate-800">
                <th scope="row" className="py-1 text-left font-normal">
                  {row.location || "No location"}
                </th>
                <td className="text-right tabular-nums">{row.entries}</td>
                <td className="text-right tabular-nums">{formatRvu(row.workRvu)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

function TopCodes({
  month,
  data,
  pricing,
}: {
  month: readonly LogEntry[];
  data: Parameters<typeof topCodes>[1];
  pricing: LogPricing;
}) {
  const top = topCodes(month, data, pricing, 5);
  if (top.length === 0) return <p className={LOG_UI.muted}>No entries in this month yet.</p>;
  return (
    <table className="w-full max-w-md text-sm">
      <thead>
        <tr>
          <th scope="col" className="text-left">
            Code
          </th>
          <th scope="col" className="text-right">
            Units
          </th>
          <th scope="col" className="text-right">
            Work RVUs
          </th>
        </tr>
      </thead>
      <tbody>
        {top.map((row) => (
          <tr key={row.key} className="border-t border-slate-200 dark:border-slate-800">
            <th scope="row" className="py-1 text-left font-mono font-normal">
              <a href={`/codes/${row.code}`} className="underline">
                {row.key}
              </a>
            </th>
            <td className="text-right tabular-nums">{row.units}</td>
            <td className="text-right tabular-nums">{formatRvu(row.workRvu)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
