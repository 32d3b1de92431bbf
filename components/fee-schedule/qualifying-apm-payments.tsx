import { DataTable } from "@/components/ui/data-table";
import type { ConversionFactorOption } from "@/lib/fee-schedule/conversion-factors";
import {
  formatConversionFactor,
  formatDollars,
  nationalPayments,
} from "@/lib/fee-schedule/payment";
import type { RvuRow } from "@/lib/fee-schedule/schema";
import { getModifierLabel, isPaidFromRvus } from "@/lib/fee-schedule/status";

export interface QualifyingApmPaymentsProps {
  rows: readonly RvuRow[];
  /** The release's second conversion factor (qualifying APM participants). */
  factor: ConversionFactorOption;
}

/**
 * National amounts at the qualifying-APM conversion factor, beside the main table's default factor. Only
 * rows Medicare pays from RVUs are listed: for the others the factor changes nothing.
 */
export function QualifyingApmPayments({ rows, factor }: QualifyingApmPaymentsProps) {
  const paid = rows.filter(
    (row) => isPaidFromRvus(row, row.totalNonFacility) || isPaidFromRvus(row, row.totalFacility),
  );
  const code = paid[0]?.code;
  if (code === undefined) return null;
  const amount = (row: RvuRow, setting: "nonFacility" | "facility") => {
    const total = setting === "nonFacility" ? row.totalNonFacility : row.totalFacility;
    return isPaidFromRvus(row, total)
      ? formatDollars(nationalPayments(row, factor.value)[setting])
      : "—";
  };
  return (
    <figure className="space-y-2">
      <DataTable<RvuRow>
        caption={`National payment for ${code} for qualifying APM participants (${formatConversionFactor(factor.value)} per RVU)`}
        rows={paid}
        rowKey={(row) => row.modifier}
        rowHeader={{ header: "Row", cell: (row) => getModifierLabel(row.modifier) }}
        columns={[
          {
            header: "Non-facility",
            kind: "figure",
            emphasis: true,
            cell: (row) => amount(row, "nonFacility"),
          },
          {
            header: "Facility",
            kind: "figure",
            emphasis: true,
            cell: (row) => amount(row, "facility"),
          },
        ]}
      />
      <figcaption className="text-xs text-slate-600 dark:text-slate-400">
        Clinicians who are qualifying participants in an Advanced Alternative Payment Model (APM)
        are paid with a higher conversion factor; the table above uses the factor for everyone else.
        Source of this factor: {factor.source}.
      </figcaption>
    </figure>
  );
}
