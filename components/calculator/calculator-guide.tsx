import { Section } from "@/components/ui/section";
import type { CalculatorRelease } from "@/lib/calculator/types";
import { formatConversionFactor } from "@/lib/fee-schedule/payment";

/** How the calculator works and where its figures come from; static text around the interactive part. */
export function CalculatorGuide({ releases }: { releases: readonly CalculatorRelease[] }) {
  return (
    <Section
      headingId="calculator-guide"
      title="How the figures are worked out"
      headingClassName="text-slate-900 dark:text-white"
      className="space-y-3 border-t border-slate-200 pt-6 text-slate-700 dark:border-slate-800 dark:text-slate-300"
    >
      <ul className="list-disc space-y-2 pl-6">
        <li>
          <strong>Work RVUs</strong> and <strong>total RVUs</strong> are the relative value units
          CMS publishes for each code and component, times the units on the line. Total RVUs add
          work, practice expense for the chosen setting, and malpractice.
        </li>
        <li>
          <strong>National payment</strong> is total RVUs × the release&rsquo;s conversion factor,
          rounded to the cent for one unit, then times the units.
        </li>
        <li>
          <strong>Locality payment</strong> adjusts each RVU part by the locality&rsquo;s geographic
          practice cost index (GPCI) before applying the conversion factor. When a release&rsquo;s
          own year has no imported GPCI file, the nearest year is used and the page says so.
        </li>
        <li>
          Codes Medicare does not pay from the physician fee schedule (dental codes, equipment and
          supplies, drugs, lab tests, bundled services) show the reason instead of an amount and
          stay out of the payment totals.
        </li>
        <li>
          Amounts are before deductible, coinsurance, sequestration and multiple-procedure or other
          reductions. Private plans set their own rates.
        </li>
      </ul>
      <p className="text-sm">
        Source: CMS Medicare Physician Fee Schedule relative value files{" "}
        {releases.map((release, index) => (
          <span key={release.id}>
            {index > 0 ? ", " : ""}
            {release.label} (conversion factor {formatConversionFactor(release.conversionFactor)})
          </span>
        ))}
        .
      </p>
    </Section>
  );
}
