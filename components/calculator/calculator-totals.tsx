import { Heading } from "@/components/ui/heading";
import type { CalculatorTotals as Totals } from "@/lib/calculator/compute";
import { formatDollars, formatRvu } from "@/lib/fee-schedule/payment";

export interface CalculatorTotalsProps {
  totals: Totals;
  releaseId: string;
  setting: string;
}

/** The totals as label and figure pairs: shared with the wRVU log's totals. */
export function totalsFigures(
  totals: Pick<
    Totals,
    "workRvu" | "totalRvu" | "nationalPayment" | "nationalPaymentQualifyingApm" | "localityPayment"
  >,
): [string, string][] {
  return [
    ["Work RVUs", formatRvu(totals.workRvu)],
    ["Total RVUs", formatRvu(totals.totalRvu)],
    [
      totals.nationalPaymentQualifyingApm === null
        ? "National payment"
        : "National payment (not a qualifying APM participant)",
      formatDollars(totals.nationalPayment),
    ],
    ...(totals.nationalPaymentQualifyingApm === null
      ? []
      : ([
          [
            "National payment (qualifying APM participant)",
            formatDollars(totals.nationalPaymentQualifyingApm),
          ],
        ] as [string, string][])),
    [
      "Locality payment",
      totals.localityPayment === null
        ? "No locality chosen"
        : formatDollars(totals.localityPayment),
    ],
  ];
}

/**
 * The totals as a named live region: screen readers hear the new figures politely whenever a change
 * (a line, units, setting, locality or release) moves them.
 */
export function CalculatorTotals({ totals, releaseId, setting }: CalculatorTotalsProps) {
  const headingId = "calculator-totals";
  const figures = totalsFigures(totals);
  const unpaid = totals.unpaidLines;
  return (
    <section
      aria-labelledby={headingId}
      aria-live="polite"
      aria-atomic="true"
      className="rounded-lg border border-slate-200 p-4 dark:border-slate-800"
    >
      <Heading level={3} id={headingId}>
        Totals, {releaseId}, {setting}
      </Heading>
      <dl className="mt-2 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
        {figures.map(([term, value]) => (
          <div key={term}>
            <dt className="text-sm text-slate-600 dark:text-slate-400">{term}</dt>
            <dd className="text-xl font-semibold tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
      {totals.labLines > 0 ? (
        <p className="mt-3 text-sm">
          <span className="font-semibold">
            Lab tests, Clinical Laboratory Fee Schedule: {formatDollars(totals.labFeeTotal)}
          </span>{" "}
          ({totals.labLines === 1 ? "1 line" : `${totals.labLines} lines`}). Medicare pays lab tests
          from that schedule&apos;s national rates, not from RVUs, so this amount is kept apart from
          the RVU and payment totals above.
        </p>
      ) : null}
      {unpaid > 0 ? (
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
          {unpaid === 1 ? "1 line is" : `${unpaid} lines are`} not paid from RVUs and{" "}
          {unpaid === 1 ? "is" : "are"} left out of the payment totals.
        </p>
      ) : null}
    </section>
  );
}
