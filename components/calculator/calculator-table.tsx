import { SiteLink } from "@/components/layout/site-link";

import { ScrollableTable } from "@/components/layout/scrollable-table";
import type { CalculatorLine, CalculatorResult } from "@/lib/calculator/compute";
import {
  CALCULATOR_MODIFIERS,
  type CalculatorCodeData,
  type CalculatorModifier,
} from "@/lib/calculator/types";
import { formatDollars, formatRvu } from "@/lib/fee-schedule/payment";
import { getModifierLabel } from "@/lib/fee-schedule/status";

export interface CalculatorTableProps {
  result: CalculatorResult;
  dataByCode: Readonly<Record<string, CalculatorCodeData>>;
  /** Names the release, setting and locality the figures are for. */
  caption: string;
  /** Show the locality payment column (a locality is chosen). */
  showLocality: boolean;
  onModifierChange: (key: string, modifier: CalculatorModifier) => void;
  onRemove: (key: string) => void;
  /** Lets the parent move focus to a neighbouring remove button after a line goes. */
  registerRemoveButton: (key: string, element: HTMLButtonElement | null) => void;
  /** The units field, rendered by the parent so this table stays free of state. */
  renderUnits: (line: CalculatorLine) => React.ReactNode;
}

const headCell = "px-3 py-2 text-right font-semibold whitespace-nowrap";
const figureCell = "px-3 py-2 text-right tabular-nums whitespace-nowrap";

/** Modifiers the code has rows for in any release, in the calculator's order. */
function availableModifiers(data: CalculatorCodeData | undefined): CalculatorModifier[] {
  if (!data) return [];
  const present = new Set(
    data.releases.flatMap((release) => release.rows.map((row) => row.modifier)),
  );
  return CALCULATOR_MODIFIERS.filter((modifier) => present.has(modifier));
}

function Reason({ line }: { line: CalculatorLine }) {
  const pricing = line.figures?.pricing;
  if (!pricing) return null;
  const labFee = line.figures?.labFee ?? null;
  return (
    <div className="max-w-md text-left whitespace-normal">
      <details>
        <summary className="cursor-pointer font-medium text-amber-900 dark:text-amber-200">
          {pricing.summary}
        </summary>
        <p className="mt-1 text-slate-700 dark:text-slate-300">{pricing.detail}</p>
      </details>
      {labFee !== null ? (
        <p className="mt-1">
          Lab fee schedule rate:{" "}
          <span className="font-semibold tabular-nums">{formatDollars(labFee)}</span> (counted in
          the lab total, not in the RVU totals)
        </p>
      ) : null}
    </div>
  );
}

function FigureCells({ line, showLocality }: { line: CalculatorLine; showLocality: boolean }) {
  const figures = line.figures;
  const span = showLocality ? 4 : 3;
  if (!figures) {
    return (
      <td colSpan={span} className="px-3 py-2 text-slate-600 italic dark:text-slate-400">
        Loading figures…
      </td>
    );
  }
  const { rvus, payment } = figures;
  if (!rvus && !payment) {
    return (
      <td colSpan={span} className="px-3 py-2">
        <Reason line={line} />
      </td>
    );
  }
  const marker = figures.referenceOnly ? "†" : figures.settingNa ? "*" : "";
  return (
    <>
      <td className={figureCell}>
        {rvus ? formatRvu(rvus.work) : "—"}
        {marker}
      </td>
      <td className={figureCell}>
        {rvus ? formatRvu(rvus.total) : "—"}
        {marker}
      </td>
      {payment ? (
        <>
          <td className={`${figureCell} font-semibold`}>{formatDollars(payment.national)}</td>
          {showLocality ? (
            <td className={`${figureCell} font-semibold`}>
              {payment.locality === null ? "—" : formatDollars(payment.locality)}
            </td>
          ) : null}
        </>
      ) : (
        <td colSpan={showLocality ? 2 : 1} className="px-3 py-2">
          <Reason line={line} />
        </td>
      )}
    </>
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
  onModifierChange,
  onRemove,
  registerRemoveButton,
  renderUnits,
}: CalculatorTableProps) {
  const { lines, totals } = result;
  const hasNa = lines.some((line) => line.figures?.settingNa && line.figures.payment);
  const hasReference = totals.referenceOnlyLines > 0;

  return (
    <figure className="space-y-2">
      <ScrollableTable caption={caption}>
        <thead className="bg-slate-50 text-slate-700 dark:bg-slate-900 dark:text-slate-300">
          <tr className="border-b border-slate-200 dark:border-slate-800">
            <th scope="col" className="px-3 py-2 text-left font-semibold">
              Code
            </th>
            <th scope="col" className="px-3 py-2 text-left font-semibold">
              Modifier
            </th>
            <th scope="col" className={headCell}>
              Units
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
            {showLocality ? (
              <th scope="col" className={headCell}>
                Locality payment
              </th>
            ) : null}
            <th scope="col" className="px-3 py-2 print:hidden">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => {
            const data = dataByCode[line.item.code];
            const modifiers = availableModifiers(data);
            return (
              <tr
                key={line.key}
                className="border-b border-slate-200 align-top last:border-b-0 dark:border-slate-800"
              >
                <th scope="row" className="px-3 py-2 text-left font-normal">
                  {data?.page ? (
                    <SiteLink
                      href={data.page.path}
                      className="text-brand-700 dark:text-brand-300 font-mono font-semibold hover:underline"
                    >
                      {line.item.code}
                    </SiteLink>
                  ) : (
                    <span className="font-mono font-semibold">{line.item.code}</span>
                  )}
                  {data?.page ? (
                    <span className="block max-w-56 text-xs text-slate-600 dark:text-slate-400">
                      {data.page.name}
                    </span>
                  ) : null}
                </th>
                <td className="px-3 py-2">
                  {modifiers.length > 1 ? (
                    <>
                      <select
                        value={line.item.modifier}
                        aria-label={`Modifier for ${line.item.code}`}
                        onChange={(event) =>
                          onModifierChange(line.key, event.target.value as CalculatorModifier)
                        }
                        className="rounded-md border border-slate-300 bg-white px-2 py-1 dark:border-slate-700 dark:bg-slate-900 print:hidden"
                      >
                        {modifiers.map((modifier) => (
                          <option key={modifier} value={modifier}>
                            {modifier === "" ? "None (global)" : getModifierLabel(modifier)}
                          </option>
                        ))}
                      </select>
                      <span className="hidden print:inline">{line.item.modifier || "—"}</span>
                    </>
                  ) : (
                    <span>{line.item.modifier || "—"}</span>
                  )}
                </td>
                <td className="px-3 py-2 text-right">{renderUnits(line)}</td>
                <FigureCells line={line} showLocality={showLocality} />
                <td className="px-3 py-2 text-right print:hidden">
                  <button
                    type="submit"
                    name="remove"
                    value={line.key}
                    ref={(element) => registerRemoveButton(line.key, element)}
                    aria-label={`Remove ${line.key}`}
                    onClick={(event) => {
                      event.preventDefault();
                      onRemove(line.key);
                    }}
                    className="rounded-md border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
                  >
                    Remove
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
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
      </ScrollableTable>
      <figcaption className="space-y-1 text-xs text-slate-600 dark:text-slate-400">
        <p>
          Payment totals add only the lines Medicare pays from RVUs. Amounts are per the fee
          schedule, before deductible, coinsurance, sequestration and any multiple-procedure
          reductions.
        </p>
        {hasReference ? (
          <p>
            † CMS lists these RVUs for reference, but Medicare does not pay the code from them. They
            count in the RVU totals and not in the payment totals.
          </p>
        ) : null}
        {hasNa ? (
          <p>
            * CMS marks the practice expense for this setting NA: the service is rarely or never
            done there. The figures are as CMS lists them.
          </p>
        ) : null}
      </figcaption>
    </figure>
  );
}
