import { DataTable } from "@/components/ui/data-table";
import { describeLabFee, type LabFees } from "@/lib/fee-schedule/lab-fees";
import { formatDollars } from "@/lib/fee-schedule/payment";

export interface LabFeeScheduleProps {
  code: string;
  fees: LabFees;
}

type LabRow = LabFees["rows"][number];

function rowLabel(modifier: string): string {
  if (modifier === "") return "Test";
  if (modifier === "QW") return "CLIA-waived test (QW)";
  return `Modifier ${modifier}`;
}

/** A lab code's Clinical Laboratory Fee Schedule amounts, with the quarter named. */
export function LabFeeSchedule({ code, fees }: LabFeeScheduleProps) {
  return (
    <figure className="space-y-2">
      <p className="text-sm">{describeLabFee(code, fees)}</p>
      <DataTable<LabRow>
        caption={`${fees.schedule.label}: ${code}`}
        rows={fees.rows}
        rowKey={(row) => row.modifier}
        rowHeader={{ header: "Row", cell: (row) => rowLabel(row.modifier) }}
        columns={[
          {
            header: "National rate",
            kind: "figure",
            emphasis: true,
            cell: (row) => (row.pricing === "N" ? formatDollars(row.rate) : "Priced locally"),
          },
          { header: "Effective", kind: "figure", cell: (row) => row.effectiveDate },
        ]}
      />
      <figcaption className="text-xs text-slate-600 dark:text-slate-400">
        Source: CMS {fees.schedule.label}. One national rate per test applies across the country;
        &ldquo;priced locally&rdquo; means the Medicare contractor sets the amount.
      </figcaption>
    </figure>
  );
}
