import { DataTable, type DataColumn } from "@/components/ui/data-table";
import type { ReleaseComparison as Comparison } from "@/lib/calculator/compute";
import { formatConversionFactor, formatDollars, formatRvu } from "@/lib/fee-schedule/payment";

export interface ReleaseComparisonProps {
  comparisons: readonly Comparison[];
  /** The release the main table shows. */
  currentReleaseId: string;
  /** Whether a locality is chosen; without one the locality column is left out. */
  withLocality: boolean;
  /** "non-facility" or "facility", for the caption. */
  setting: string;
}

const FIGURE_COLUMNS: readonly DataColumn<Comparison>[] = [
  {
    header: "Conversion factor",
    kind: "figure",
    cell: ({ release }) => formatConversionFactor(release.conversionFactor),
  },
  { header: "Work RVUs", kind: "figure", cell: ({ totals }) => formatRvu(totals.workRvu) },
  { header: "Total RVUs", kind: "figure", cell: ({ totals }) => formatRvu(totals.totalRvu) },
  {
    header: "National payment",
    kind: "figure",
    emphasis: true,
    cell: ({ totals }) => formatDollars(totals.nationalPayment),
  },
];

const LOCALITY_COLUMN: DataColumn<Comparison> = {
  header: "Locality payment (GPCI year)",
  kind: "figure",
  cell: ({ release, locality, totals }) =>
    totals.localityPayment !== null && locality
      ? `${formatDollars(totals.localityPayment)} (${release.gpciYear})`
      : "No GPCIs for this locality",
};

/** The same list priced in every imported release, so a reader sees how its payment moved. */
export function ReleaseComparison({
  comparisons,
  currentReleaseId,
  withLocality,
  setting,
}: ReleaseComparisonProps) {
  const isCurrent = (comparison: Comparison) => comparison.release.id === currentReleaseId;
  return (
    <DataTable
      caption={`The same list in each release (${setting})`}
      rows={comparisons}
      rowKey={({ release }) => release.id}
      rowClassName={(comparison) =>
        isCurrent(comparison) ? "bg-brand-50 dark:bg-slate-900" : undefined
      }
      rowHeader={{
        header: "Release",
        cell: (comparison) => (
          <>
            {comparison.release.label}
            {isCurrent(comparison) ? (
              <span className="ml-1 text-xs font-normal">(shown above)</span>
            ) : null}
          </>
        ),
      }}
      columns={withLocality ? [...FIGURE_COLUMNS, LOCALITY_COLUMN] : FIGURE_COLUMNS}
    />
  );
}
