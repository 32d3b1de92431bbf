import { ScrollableTable } from "@/components/layout/scrollable-table";
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

const headCell = "px-3 py-2 text-right font-semibold whitespace-nowrap";
const cell = "px-3 py-2 text-right tabular-nums whitespace-nowrap";

/** The same list priced in every imported release, so a reader sees how its payment moved. */
export function ReleaseComparison({
  comparisons,
  currentReleaseId,
  withLocality,
  setting,
}: ReleaseComparisonProps) {
  const caption = `The same list in each release (${setting})`;
  return (
    <ScrollableTable caption={caption}>
      <thead className="bg-slate-50 text-slate-700 dark:bg-slate-900 dark:text-slate-300">
        <tr className="border-b border-slate-200 dark:border-slate-800">
          <th scope="col" className="px-3 py-2 text-left font-semibold">
            Release
          </th>
          <th scope="col" className={headCell}>
            Conversion factor
          </th>
          <th scope="col" className={headCell}>
            Work RVUs
          </th>
          <th scope="col" className={headCell}>
            Total RVUs
          </th>
          <th scope="col" className={headCell}>
            National payment
          </th>
          {withLocality ? (
            <th scope="col" className={headCell}>
              Locality payment (GPCI year)
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {comparisons.map(({ release, locality, totals }) => {
          const current = release.id === currentReleaseId;
          return (
            <tr
              key={release.id}
              className={`border-b border-slate-200 last:border-b-0 dark:border-slate-800 ${current ? "bg-brand-50 dark:bg-slate-900" : ""}`}
            >
              <th scope="row" className="px-3 py-2 text-left font-medium whitespace-nowrap">
                {release.label}
                {current ? <span className="ml-1 text-xs font-normal">(shown above)</span> : null}
              </th>
              <td className={cell}>{formatConversionFactor(release.conversionFactor)}</td>
              <td className={cell}>{formatRvu(totals.workRvu)}</td>
              <td className={cell}>{formatRvu(totals.totalRvu)}</td>
              <td className={`${cell} font-semibold`}>{formatDollars(totals.nationalPayment)}</td>
              {withLocality ? (
                <td className={cell}>
                  {totals.localityPayment !== null && locality
                    ? `${formatDollars(totals.localityPayment)} (${release.gpciYear})`
                    : "No GPCIs for this locality"}
                </td>
              ) : null}
            </tr>
          );
        })}
      </tbody>
    </ScrollableTable>
  );
}
