import { Section } from "@/components/ui/section";
import type { CalculatorSetup } from "@/lib/calculator/types";
import { formatRvu } from "@/lib/fee-schedule/payment";
import { sortEntries, type LogEntry } from "@/lib/wrvu-log/entry";
import { periodKey, periodLabel } from "@/lib/wrvu-log/periods";
import { reconcileMonth } from "@/lib/wrvu-log/reconcile";
import { entriesIn, logPricing, totalEntries, type LogPricing } from "@/lib/wrvu-log/totals";

import { CarriedListPrompt } from "./carried-list";
import { EntryForm } from "./entry-form";
import { EntryList } from "./entry-list";
import { WorkRvuHistory } from "./log-chart";
import { LogData } from "./log-data";
import { LogErrorBoundary } from "./log-error-boundary";
import { useLog, type LogApi, type LogModel } from "./log-model";
import { Reconciliation } from "./log-reconcile";
import { LogSettingsPanel } from "./log-settings";
import { LOG_UI } from "./log-ui";
import {
  FocusControls,
  PeriodCards,
  ProductivityEstimate,
  ReleaseSideBySide,
} from "./period-figures";
import { TopCodes } from "./top-codes";

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

/** What every section of the log works from. */
interface LogView {
  log: LogApi;
  setup: CalculatorSetup;
  /** The reader's today, in their browser's calendar. */
  today: string;
  /** The date the figures are around, and its month's key. */
  focus: string;
  setFocus: (date: string) => void;
  month: string;
  entries: readonly LogEntry[];
  /** The focused month's entries, newest first. */
  monthEntries: LogEntry[];
  contract: LogPricing;
  current: LogPricing;
  /** True until the browser's storage has answered: the log is shown empty and takes no changes. */
  opening: boolean;
}

/** The focused month's total, kept in sight at the top of the screen while the reader scrolls. */
function RunningTotal({ month, monthEntries, contract, log }: LogView) {
  const totals = totalEntries(monthEntries, log.state.data, contract);
  const count = `${totals.entries} ${totals.entries === 1 ? "entry" : "entries"}`;
  return (
    <div
      className="sticky top-0 z-10 -mx-4 border-b border-slate-200 bg-white/95 px-4 py-2 dark:border-slate-800 dark:bg-slate-950/95"
      aria-live="polite"
    >
      <p className="text-sm font-semibold tabular-nums" data-testid="running-total">
        {`${periodLabel(month, "month")}: ${formatRvu(totals.workRvu)} wRVU in ${contract.release.id} · ${count}`}
      </p>
    </div>
  );
}

/** The last change, read out politely (with an undo after a delete), and what failed, if anything. */
function LogMessages({ log }: { log: LogApi }) {
  const { status, error, deleted } = log.state;
  return (
    <>
      {/* Empty, it takes back the column's gap: the region must stay in the page to be read out later. */}
      <p role="status" className="text-sm text-slate-700 empty:-mt-8 dark:text-slate-300">
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
    </>
  );
}

/** The calculator's list, when the address carries one, offered for adding dated today. */
function CarriedListOffer({ log, today }: LogView) {
  const { carried } = log.state;
  if (!carried) return null;
  const add = () => {
    const added = carried.items.map((item) => ({
      ...blankEntry(today),
      ...item,
      setting: carried.setting,
      id: newId(),
    }));
    log.addEntries(added, `Added ${added.length} entries from the calculator, dated today.`);
    log.dropCarried();
  };
  return <CarriedListPrompt list={carried} onAdd={add} onDismiss={log.dropCarried} />;
}

function AddEntrySection({ log, today, setFocus }: LogView) {
  return (
    <Section headingId="log-add" title="Add an entry">
      <EntryForm
        key={today}
        initial={blankEntry(today)}
        editing={false}
        locations={log.state.settings.locations}
        data={log.state.data}
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
  );
}

/** Totals by period in both releases, and the productivity estimate. */
function FiguresSection({ log, focus, setFocus, entries, contract, current }: LogView) {
  const { data, settings } = log.state;
  const year = periodKey(focus, "year");
  return (
    <Section headingId="log-figures" title="Your figures">
      <FocusControls focus={focus} onFocus={setFocus} />
      <PeriodCards focus={focus} entries={entries} data={data} pricing={contract} />
      <ReleaseSideBySide
        focus={focus}
        entries={entries}
        data={data}
        contract={contract}
        current={current}
      />
      <ProductivityEstimate
        year={year}
        workRvu={totalEntries(entriesIn(entries, "year", year), data, contract).workRvu}
        rate={settings.ratePerWrvu}
        threshold={settings.annualThreshold}
      />
    </Section>
  );
}

function ChartSection({ log, focus, entries, contract }: LogView) {
  return (
    <Section headingId="log-chart" title="Work RVUs over time">
      <WorkRvuHistory focus={focus} entries={entries} data={log.state.data} pricing={contract} />
    </Section>
  );
}

/** The focused month against the total the reader's employer reported for it. */
function ReconcileSection({ log, month, monthEntries, contract }: LogView) {
  const { data, settings } = log.state;
  const onReported = (value: number | null) => {
    const reported = { ...settings.reported };
    if (value === null) delete reported[month];
    else reported[month] = value;
    log.updateSettings({ reported });
  };
  return (
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
        onReported={onReported}
      />
    </Section>
  );
}

/** The focused month's top codes and its entries, each to edit or delete. */
function MonthRecordSections({ log, month, monthEntries, contract }: LogView) {
  const { data, settings } = log.state;
  const monthName = periodLabel(month, "month");
  return (
    <>
      <Section headingId="log-top" title={`Top codes in ${monthName}`}>
        <TopCodes month={monthEntries} data={data} pricing={contract} />
      </Section>
      <Section headingId="log-entries" title={`Entries in ${monthName}`}>
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
    </>
  );
}

function SettingsSection({ log, setup }: LogView) {
  return (
    <Section headingId="log-settings" title="Contract and locations">
      <LogSettingsPanel setup={setup} settings={log.state.settings} onChange={log.updateSettings} />
    </Section>
  );
}

/** The reader's data to export, import or delete. */
function DataSection({ log, entries, contract }: LogView) {
  const { data, settings } = log.state;
  return (
    <Section headingId="log-data" title="Your data">
      <LogData
        entries={entries}
        settings={settings}
        data={data}
        pricing={contract}
        onImport={log.importFile}
        onClear={log.clearAll}
        onStatus={log.setStatus}
      />
    </Section>
  );
}

export interface LogPartProps {
  model: LogModel;
  setup: CalculatorSetup;
}

/** The view of the model's current state. */
function useLogView({ model, setup }: LogPartProps): LogView {
  const log = useLog(model);
  const { entries, settings, today, focus } = log.state;
  const contract = logPricing(setup, settings.contractReleaseId, settings.localityId);
  const current = logPricing(setup, null, settings.localityId);
  // getLogPageProps refuses to build the page without a release, so this is a broken page's props.
  if (contract === null || current === null) throw new Error("The log's props carry no release");
  const month = periodKey(focus, "month");
  const logged = entries ?? [];
  return {
    log,
    setup,
    today,
    focus,
    setFocus: model.setFocus,
    month,
    entries: logged,
    monthEntries: sortEntries(entriesIn(logged, "month", month)),
    contract,
    current,
    opening: entries === null,
  };
}

/**
 * One part of the log, its sections drawn from the model's view. Its box is its children's
 * (`contents`), so the sections of all parts sit in one column and the running total stays in sight
 * over all of them.
 */
function LogPartSections({
  sections: Sections,
  ...props
}: LogPartProps & { sections: (view: LogView) => React.ReactNode }) {
  const view = useLogView(props);
  return (
    <div className="contents" aria-busy={view.opening}>
      <Sections {...view} />
    </div>
  );
}

function StartSections(view: LogView) {
  return (
    <>
      <RunningTotal {...view} />
      <LogMessages log={view.log} />
      <CarriedListOffer {...view} />
      <AddEntrySection {...view} />
    </>
  );
}

function ReviewSections(view: LogView) {
  return (
    <>
      <ReconcileSection {...view} />
      <ChartSection {...view} />
    </>
  );
}

/**
 * The wRVU log, top to bottom, in parts the island hydrates one task each, so that no single task
 * holds a phone's main thread for long (docs/islands.md): the running total and the form to add an
 * entry; the totals by period in the contract's release beside the current one; the month reconciled
 * with the employer's report, and the chart; the month's top codes and entries; the reader's
 * settings; their data to export, import or delete.
 */
export const LOG_PARTS = [
  { name: "start", sections: StartSections },
  { name: "figures", sections: FiguresSection },
  { name: "review", sections: ReviewSections },
  { name: "records", sections: MonthRecordSections },
  { name: "settings", sections: SettingsSection },
  { name: "data", sections: DataSection },
] as const;

export type LogPartName = (typeof LOG_PARTS)[number]["name"];

/** One part of the log (LOG_PARTS), in an error boundary of its own. */
export function LogPart({ name, ...props }: LogPartProps & { name: LogPartName }) {
  const part = LOG_PARTS.find((candidate) => candidate.name === name)!;
  return (
    <LogErrorBoundary>
      <LogPartSections {...props} sections={part.sections} />
    </LogErrorBoundary>
  );
}
