import { ScrollableTable } from "@/components/layout/scrollable-table";
import { TABLE_CLASSES } from "@/components/ui/data-table";
import type { ReleaseInfo, RvuRow } from "@/lib/fee-schedule/schema";
import {
  formatConversionFactor,
  formatDollars,
  formatRvu,
  nationalPayments,
} from "@/lib/fee-schedule/payment";
import { getConversionFactors } from "@/lib/fee-schedule/conversion-factors";
import { getModifierLabel, isPaidFromRvus } from "@/lib/fee-schedule/status";

export interface RvuTableProps {
  /** All modifier rows of one code in one release, in display order (as `getRvuRows` returns them). */
  rows: readonly RvuRow[];
  release: Pick<ReleaseInfo, "label" | "conversionFactor" | "year">;
}

/** Not `headCellClass`/`cellClass` from components/ui/data-table: same classes, another order. */
const headCell = "px-3 py-2 text-right font-semibold whitespace-nowrap";

/** The two heading rows: grouped columns (practice expense, totals, payment) over their settings. */
function RvuTableHead() {
  return (
    <thead className={TABLE_CLASSES.headRow}>
      <tr className={TABLE_CLASSES.border}>
        <th scope="col" rowSpan={2} className="px-3 py-2 text-left font-semibold">
          Row
        </th>
        <th scope="col" rowSpan={2} className={headCell}>
          Work RVU
        </th>
        <th scope="colgroup" colSpan={2} className="px-3 pt-2 text-center font-semibold">
          Practice expense RVU
        </th>
        <th scope="col" rowSpan={2} className={headCell}>
          Malpractice RVU
        </th>
        <th scope="colgroup" colSpan={2} className="px-3 pt-2 text-center font-semibold">
          Total RVUs
        </th>
        <th scope="col" rowSpan={2} className={headCell}>
          Conversion factor
        </th>
        <th scope="colgroup" colSpan={2} className="px-3 pt-2 text-center font-semibold">
          National Medicare payment
        </th>
      </tr>
      <tr className={TABLE_CLASSES.border}>
        {["Non-facility", "Facility", "Non-facility", "Facility", "Non-facility", "Facility"].map(
          (setting, index) => (
            <th key={index} scope="col" className={headCell}>
              {setting}
            </th>
          ),
        )}
      </tr>
    </thead>
  );
}

/** One modifier row: its RVUs ("NA" where CMS sets none), factor and national payments ("—" if unpaid). */
function RvuTableRow({ row }: { row: RvuRow }) {
  const payments = nationalPayments(row, row.conversionFactor);
  return (
    <tr>
      <th scope="row">{getModifierLabel(row.modifier)}</th>
      <td>{formatRvu(row.workRvu)}</td>
      <td>{row.peNonFacilityNa ? "NA" : formatRvu(row.peNonFacility)}</td>
      <td>{row.peFacilityNa ? "NA" : formatRvu(row.peFacility)}</td>
      <td>{formatRvu(row.mpRvu)}</td>
      <td>{formatRvu(row.totalNonFacility)}</td>
      <td>{formatRvu(row.totalFacility)}</td>
      <td>{formatConversionFactor(row.conversionFactor)}</td>
      <td className="font-semibold">
        {isPaidFromRvus(row, row.totalNonFacility) ? formatDollars(payments.nonFacility) : "—"}
      </td>
      <td className="font-semibold">
        {isPaidFromRvus(row, row.totalFacility) ? formatDollars(payments.facility) : "—"}
      </td>
    </tr>
  );
}

/** The source and formula, then a note for each mark the table uses (NA, —). */
function RvuTableNotes({ rows, release }: RvuTableProps) {
  // With two factors in a year, the note says which one the table's amounts use.
  const hasSecondFactor = getConversionFactors(release).length > 1;
  const hasNa = rows.some((row) => row.peNonFacilityNa || row.peFacilityNa);
  const hasUnpaid = rows.some(
    (row) => !isPaidFromRvus(row, row.totalNonFacility) || !isPaidFromRvus(row, row.totalFacility),
  );
  return (
    <figcaption className="space-y-1 text-xs text-slate-600 dark:text-slate-400">
      <p>
        Source: CMS Physician Fee Schedule relative value file, {release.label}. National payment =
        total RVUs × conversion factor, before geographic adjustment and before any deductible,
        coinsurance or sequestration.
        {hasSecondFactor
          ? " The amounts use the conversion factor for clinicians who are not qualifying APM participants, the one in the file."
          : null}
      </p>
      {hasNa ? (
        <p>
          NA: CMS has not set a practice expense for that setting because the service is rarely or
          never done there. The totals for that setting are as CMS lists them.
        </p>
      ) : null}
      {hasUnpaid ? (
        <p>— : Medicare does not pay this row from its RVUs (see the status explanation).</p>
      ) : null}
    </figcaption>
  );
}

/**
 * RVUs, conversion factor and national Medicare payment for each modifier row of a code, labelled with
 * the release the figures come from.
 */
export function RvuTable({ rows, release }: RvuTableProps) {
  const code = rows[0]?.code;
  if (code === undefined) {
    return (
      <p className="text-sm text-slate-700 dark:text-slate-300">
        The {release.label} file does not list this code, so there are no RVUs to show.
      </p>
    );
  }
  return (
    <figure className="space-y-2">
      <ScrollableTable caption={`Medicare RVUs and national payment for ${code}, ${release.label}`}>
        <RvuTableHead />
        {/* Cell styles are rules on .rvu-rows in app/globals.css: a class list on every cell was 1–2 KB a page. */}
        <tbody className="rvu-rows">
          {rows.map((row) => (
            <RvuTableRow key={row.modifier} row={row} />
          ))}
        </tbody>
      </ScrollableTable>
      <RvuTableNotes rows={rows} release={release} />
    </figure>
  );
}
