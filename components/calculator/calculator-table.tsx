import { ScrollableTable } from "@/components/layout/scrollable-table";
import { headCellClass, TABLE_CLASSES } from "@/components/ui/data-table";
import type { CalculatorResult, CalculatorTotals } from "@/lib/calculator/compute";
import type { CalculatorCodeData } from "@/lib/calculator/types";
import { formatDollars, formatRvu } from "@/lib/fee-schedule/payment";

import { CalculatorRow, figureCell, type CalculatorRowActions } from "./calculator-row";

export interface CalculatorTableProps extends CalculatorRowActions {
  result: CalculatorResult;
  dataByCode: Readonly<Record<string, CalculatorCodeData>>;
  /** Names the release, setting and locality the figures are for. */
  caption: string;
  /** Show the locality payment column (a locality is chosen). */
  showLocality: boolean;
}

const HEADERS = [
  { header: "Code", kind: "text" },
  { header: "Modifier", kind: "text" },
  { header: "Units", kind: "figure" },
  { header: "Work RVUs", kind: "figure" },
  { header: "Total RVUs", kind: "figure" },
  { header: "National payment", kind: "figure" },
] as const;

const LOCALITY_HEADER = { header: "Locality payment", kind: "figure" } as const;

function CalculatorTableHead({ showLocality }: { showLocality: boolean }) {
  const headers = showLocality ? [...HEADERS, LOCALITY_HEADER] : HEADERS;
  return (
    <thead className={TABLE_CLASSES.headRow}>
      <tr className={TABLE_CLASSES.border}>
        {headers.map((column) => (
          <th key={column.header} scope="col" className={headCellClass(column.kind)}>
            {column.header}
          </th>
        ))}
        <th scope="col" className="px-3 py-2 print:hidden">
          <span className="sr-only">Actions</span>
        </th>
      </tr>
    </thead>
  );
}

function TotalsRow({ totals, showLocality }: { totals: CalculatorTotals; showLocality: boolean }) {
  return (
    <tfoot className="border-t-2 border-slate-300 font-semibold dark:border-slate-700">
      <tr>
        <th scope="row" colSpan={3} className="px-3 py-2 text-left">
          Total
        </th>
        <td className={figureCell}>{formatRvu(totals.workRvu)}</td>
        <td className={figureCell}>{formatRvu(totals.totalRvu)}</td>
        <td className={figureCell}>{formatDollars(totals.nationalPayment)}</td>
        {showLocality ? (
          <td className={figureCell}>
            {totals.localityPayment === null ? "—" : formatDollars(totals.localityPayment)}
          </td>
        ) : null}
        <td className="print:hidden" />
      </tr>
    </tfoot>
  );
}

/** What the totals leave out, and what the † and * markers in the table mean when they appear. */
function TableNotes({ hasReference, hasNa }: { hasReference: boolean; hasNa: boolean }) {
  return (
    <figcaption className="space-y-1 text-xs text-slate-600 dark:text-slate-400">
      <p>
        Payment totals add only the lines Medicare pays from RVUs. Amounts are per the fee schedule,
        before deductible, coinsurance, sequestration and any multiple-procedure reductions.
      </p>
      {hasReference ? (
        <p>
          † CMS lists these RVUs for reference, but Medicare does not pay the code from them. They
          count in the RVU totals and not in the payment totals.
        </p>
      ) : null}
      {hasNa ? (
        <p>
          * CMS marks the practice expense for this setting NA: the service is rarely or never done
          there. The figures are as CMS lists them.
        </p>
      ) : null}
    </figcaption>
  );
}

/**
 * The list with its figures, one row per line and a totals row. Figures arrive computed; a line Medicare
 * does not pay shows why instead of an amount.
 */
export function CalculatorTable({
  result,
  dataByCode,
  caption,
  showLocality,
  ...actions
}: CalculatorTableProps) {
  const { lines, totals } = result;
  return (
    <figure className="space-y-2">
      <ScrollableTable caption={caption}>
        <CalculatorTableHead showLocality={showLocality} />
        <tbody>
          {lines.map((line) => (
            <CalculatorRow
              key={line.key}
              line={line}
              data={dataByCode[line.item.code]}
              showLocality={showLocality}
              actions={actions}
            />
          ))}
        </tbody>
        <TotalsRow totals={totals} showLocality={showLocality} />
      </ScrollableTable>
      <TableNotes
        hasReference={totals.referenceOnlyLines > 0}
        hasNa={lines.some((line) => line.figures?.settingNa && line.figures.payment)}
      />
    </figure>
  );
}
