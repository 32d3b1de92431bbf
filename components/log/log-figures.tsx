import { totalsFigures } from "@/components/calculator/calculator-totals";
import type { LogTotals } from "@/lib/wrvu-log/totals";

/** One totals block as a description list: stacks on a phone, so no figure needs a sideways scroll. */
export function TotalsList({ totals }: { totals: LogTotals }) {
  const rows = totalsFigures(totals);
  return (
    <dl className="grid grid-cols-[1fr_auto] gap-x-3 gap-y-1 text-sm">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt>{label}</dt>
          <dd className="text-right font-semibold tabular-nums">{value}</dd>
        </div>
      ))}
      <div className="contents">
        <dt>Entries</dt>
        <dd className="text-right tabular-nums">
          {totals.entries}
          {totals.pending > 0 ? ` (${totals.pending} loading)` : ""}
        </dd>
      </div>
    </dl>
  );
}
