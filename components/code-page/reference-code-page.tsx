import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { SiteLink } from "@/components/layout/site-link";
import { CategoryNeighbours } from "@/components/code-page/category-neighbours";
import type { ReferencePageModel } from "@/lib/code-page/build-reference-page";

import { CalculatorCta } from "./calculator-cta";
import { CodeAttribution } from "./code-attribution";
import { CodeBadges } from "./code-badges";
import { FaqList } from "./faq-list";
import { PageSection } from "./page-section";
import { PaymentIndicators } from "./payment-indicators";

const LINK = "text-brand-700 dark:text-brand-300 underline-offset-2 hover:underline";

function ReferenceHeader({ model }: { model: ReferencePageModel }) {
  return (
    <header className="space-y-3">
      <Breadcrumbs items={model.breadcrumbs} />
      <h1 className="text-3xl font-bold tracking-tight text-slate-950 sm:text-4xl dark:text-white">
        <span className="font-mono">{model.code}</span>
        <span className="block text-2xl font-semibold text-slate-700 sm:text-3xl dark:text-slate-300">
          {model.kind === "deleted"
            ? `Deleted ${model.systemLabel} code`
            : `${model.systemLabel} code${model.section ? `: ${model.section.name}` : ""}`}
        </span>
      </h1>
      <CodeBadges
        systemLabel={model.systemLabel}
        systemHref={model.systemHref}
        categoryName={model.categoryName}
        categoryHref={model.categoryHref}
      />
      {model.kind === "deleted" && (
        <div
          role="note"
          className="rounded-md border border-amber-500 bg-amber-50 p-4 text-amber-950 dark:bg-amber-950 dark:text-amber-100"
        >
          <p className="font-semibold">{model.code} is not in the current CMS files.</p>
          <p>
            The last fee-schedule release that listed it is {model.lastListedIn}. The figures below
            are from that release, kept for claims and contracts that still refer to it.
          </p>
        </div>
      )}
    </header>
  );
}

/** What the code is: the quoted HCPCS description, or a plain statement that no summary exists yet. */
function AboutThisCode({ model }: { model: ReferencePageModel }) {
  if (model.hcpcsDescription) {
    return (
      <figure className="space-y-2">
        <blockquote className="border-l-4 border-slate-300 pl-4 text-lg dark:border-slate-700">
          {model.hcpcsDescription.text}
        </blockquote>
        <figcaption className="text-sm text-slate-600 dark:text-slate-400">
          Description from CMS, {model.hcpcsDescription.source} (public domain).
        </figcaption>
      </figure>
    );
  }
  return (
    <p>
      CodeAtlas has not written an editorial summary of {model.code} yet.
      {model.systemId !== "hcpcs" &&
        ` Its official descriptor is copyrighted by the code set's owner and is not reproduced here; the fee-schedule facts below come from the CMS files.`}
    </p>
  );
}

function NearbyCurated({ model }: { model: ReferencePageModel }) {
  if (model.nearbyCurated.length === 0)
    return <p>No code near {model.code} has a full CodeAtlas page yet.</p>;
  return (
    <>
      <p>Explained on CodeAtlas, nearest first by number in the same part of the code set:</p>
      <ul className="mt-2 space-y-1">
        {model.nearbyCurated.map((link) => (
          <li key={link.code}>
            <SiteLink href={link.href} className={LINK}>
              <span className="font-mono">{link.code}</span> {link.name}
            </SiteLink>
          </li>
        ))}
      </ul>
    </>
  );
}

/** A page for a code that has no curated record: facts from the CMS files only, never AMA/ADA text. */
export function ReferenceCodePage({
  model,
  rvuSection,
  dataRelease,
}: {
  model: ReferencePageModel;
  rvuSection: React.ReactNode;
  dataRelease: string;
}) {
  return (
    <article className="space-y-8">
      <ReferenceHeader model={model} />
      <PageSection id="description" title="About this code">
        <AboutThisCode model={model} />
      </PageSection>
      <PageSection id="rvu-information" title="RVU information">
        {rvuSection}
      </PageSection>
      {model.indicators.length > 0 && (
        <PageSection id="payment-indicators" title="Payment indicators">
          <PaymentIndicators items={model.indicators} />
        </PageSection>
      )}
      {model.modifiers.length > 0 && (
        <PageSection id="modifiers" title="Modifiers to know">
          <ul className="space-y-1">
            {model.modifiers.map((item) => (
              <li key={item.modifier}>
                <SiteLink href={item.href} className={`${LINK} font-mono`}>
                  {item.modifier}
                </SiteLink>{" "}
                {item.name}
              </li>
            ))}
          </ul>
        </PageSection>
      )}
      <PageSection id="related-codes" title="Codes explained nearby">
        <NearbyCurated model={model} />
      </PageSection>
      <PageSection id="faq" title="Frequently asked questions">
        <FaqList items={model.faq} />
      </PageSection>
      {model.calculatorHref && (
        <section id="add-to-calculator" aria-label="Add to calculator" data-print-hidden>
          <CalculatorCta code={model.code} href={model.calculatorHref} />
        </section>
      )}
      <CategoryNeighbours previous={model.previous} next={model.next} named={false} />
      <footer>
        <CodeAttribution
          attribution={model.attribution}
          dataRelease={dataRelease}
          lastReviewed={undefined}
        />
        <p className="mt-3 text-sm" data-print-hidden>
          <SiteLink
            href={model.reportHref}
            className="text-brand-700 dark:text-brand-300 underline"
          >
            Report a problem with this page
          </SiteLink>
        </p>
      </footer>
    </article>
  );
}
