import { formatRvu } from "@/lib/fee-schedule/payment";
import { periodLabel } from "@/lib/wrvu-log/periods";
import { formatDifference, type MonthReconciliation } from "@/lib/wrvu-log/reconcile";

import { FiguresTable } from "./figures-table";
import { NumberField } from "./number-field";

/** The reported total for the month, set against the log, with the logged work RVUs by location. */
export function Reconciliation({
  month,
  reconciliation,
  onReported,
}: {
  month: string;
  reconciliation: MonthReconciliation;
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
        <FiguresTable
          caption="Logged by work location"
          columns={["Location", "Entries", "Work RVUs"]}
          rows={byLocation.map((row) => ({
            key: row.location,
            header: row.location || "No location",
            cells: [row.entries, formatRvu(row.workRvu)],
          }))}
        />
      )}
    </div>
  );
}
