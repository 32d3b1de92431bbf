import { formatRvu } from "@/lib/fee-schedule/payment";
import type { LogEntry } from "@/lib/wrvu-log/entry";
import { topCodes, type LogPricing } from "@/lib/wrvu-log/totals";

import { FiguresTable } from "./figures-table";
import { LOG_UI } from "./log-ui";

/** The month's codes with the most work RVUs, each linked to its page. */
export function TopCodes({
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
    <FiguresTable
      columns={["Code", "Units", "Work RVUs"]}
      rowHeaderClassName="font-mono"
      rows={top.map((row) => ({
        key: row.key,
        header: (
          <a href={`/codes/${row.code}`} className="underline">
            {row.key}
          </a>
        ),
        cells: [row.units, formatRvu(row.workRvu)],
      }))}
    />
  );
}
