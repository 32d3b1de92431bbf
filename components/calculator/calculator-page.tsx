import { Calculator } from "@/components/calculator/calculator";
import { CalculatorGuide } from "@/components/calculator/calculator-guide";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Heading } from "@/components/ui/heading";
import { CALCULATOR_ISLAND, type CalculatorIslandProps } from "@/lib/calculator/island";
import { stringifySafeJson } from "@/lib/http/safe-json";

/**
 * The calculator page's content. The calculator itself is rendered here on the server, as a form that
 * works without JavaScript, and again in the browser by its island, which reads the same props from the
 * JSON script below it (components/islands/calculator.entry.tsx).
 */
export function CalculatorPage({ calculator }: { calculator: CalculatorIslandProps }) {
  return (
    <div className="space-y-6">
      <div data-print-hidden>
        <Breadcrumbs items={[{ label: "Home", href: "/" }, { label: "Calculator" }]} />
      </div>
      <header className="max-w-3xl space-y-2">
        <Heading level={1}>wRVU calculator</Heading>
        <p className="text-slate-700 dark:text-slate-300 print:hidden">
          List the procedures you did and see their work RVUs, total RVUs and Medicare payment add
          up, in an office or a facility, nationally or for your payment locality, in each CMS fee
          schedule release on this site.
        </p>
      </header>
      <div id={CALCULATOR_ISLAND.rootId}>
        <Calculator {...calculator} />
      </div>
      <script
        type="application/json"
        id={CALCULATOR_ISLAND.propsId}
        dangerouslySetInnerHTML={{ __html: stringifySafeJson(calculator) }}
      />
      <div data-print-hidden>
        <CalculatorGuide releases={calculator.setup.releases} />
      </div>
    </div>
  );
}
