import { redirect } from "next/navigation";

import { Calculator } from "@/components/calculator/calculator";
import { CalculatorGuide } from "@/components/calculator/calculator-guide";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Heading } from "@/components/ui/heading";
import { getCalculatorPageData } from "@/lib/calculator/page-data";
import { createMetadata } from "@/lib/seo/metadata";

export const metadata = createMetadata({
  title: "wRVU calculator",
  description:
    "Add up work RVUs, total RVUs and Medicare payment for a list of procedures, by setting, locality and fee schedule release, from the official CMS data.",
  path: "/calculator",
  // Every list is its own URL; only the bare page is worth indexing, and it is empty.
  noindex: true,
});

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CalculatorPage({ searchParams }: Props) {
  const query = await searchParams;
  const page = getCalculatorPageData(query);
  if (page.redirectTo) redirect(page.redirectTo);
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
      {/* Keyed by the query so following another calculator link starts again from that URL. */}
      <Calculator
        key={JSON.stringify(query)}
        setup={page.setup}
        parseOptions={page.parseOptions}
        initialState={page.state}
        initialData={page.data}
        initialMessages={page.messages}
      />
      <div data-print-hidden>
        <CalculatorGuide releases={page.setup.releases} />
      </div>
    </div>
  );
}
