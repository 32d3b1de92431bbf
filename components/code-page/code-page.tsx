import { SiteLink } from "@/components/layout/site-link";
import { CategoryNeighbours } from "@/components/code-page/category-neighbours";

import { MentionedIn } from "@/components/blog/mentioned-in";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import type { CodePageModel } from "@/lib/code-page/build-code-page";

import { CalculatorCta } from "./calculator-cta";
import { CodeAttribution } from "./code-attribution";
import { CodeBadges } from "./code-badges";
import { FaqList } from "./faq-list";
import { LinkToCode } from "./link-to-code";
import { PageSection } from "./page-section";
import { RelatedCodes } from "./related-codes";
import { SpecialtyLinks } from "./specialty-links";

/** Shown under the title of a retired code: when, why, and the codes to use instead. */
function RetirementNotice({ model }: { model: CodePageModel }) {
  const { retired } = model.record;
  if (!retired) return null;
  return (
    <div
      role="note"
      className="rounded-md border border-amber-500 bg-amber-50 p-4 text-amber-950 dark:bg-amber-950 dark:text-amber-100"
    >
      <p className="font-semibold">This code was retired on {retired.date}.</p>
      <p>{retired.note}</p>
      {model.replacements.length > 0 && (
        <p>
          Use instead:{" "}
          {model.replacements.map((link, index) => (
            <span key={link.code}>
              {index > 0 && ", "}
              <SiteLink className="underline" href={link.href}>
                {link.code} {link.name}
              </SiteLink>
            </span>
          ))}
        </p>
      )}
    </div>
  );
}

/** Breadcrumbs, the code and its name, its badges, the link snippets and any retirement notice. */
function CodePageHeader({ model }: { model: CodePageModel }) {
  const { record } = model;
  return (
    <header className="space-y-3">
      <Breadcrumbs items={model.breadcrumbs} />
      <h1 className="text-3xl font-bold tracking-tight text-slate-950 sm:text-4xl dark:text-white">
        <span className="font-mono">{record.code}</span>
        <span className="block text-2xl font-semibold text-slate-700 sm:text-3xl dark:text-slate-300">
          {record.name}
        </span>
      </h1>
      <CodeBadges
        systemLabel={model.systemLabel}
        systemHref={model.systemHref}
        categoryName={record.category.name}
        categoryHref={model.categoryHref}
      />
      <LinkToCode snippets={model.linkSnippets} />
      <RetirementNotice model={model} />
    </header>
  );
}

/** The page's sections in reading order, each with an anchor id, then the calculator prompt. */
function CodePageSections({
  model,
  rvuSection,
}: {
  model: CodePageModel;
  rvuSection: React.ReactNode;
}) {
  const { record } = model;
  return (
    <>
      <PageSection id="also-known-as" title="Also known as">
        <ul className="flex flex-wrap gap-2">
          {record.synonyms.map((synonym) => (
            <li key={synonym} className="rounded bg-slate-100 px-2 py-1 text-sm dark:bg-slate-800">
              {synonym}
            </li>
          ))}
        </ul>
      </PageSection>
      <PageSection id="description" title="Description">
        <p className="text-lg">{record.description}</p>
      </PageSection>
      <PageSection id="plain-language" title="In plain language">
        <p>{record.plainLanguage}</p>
      </PageSection>
      <PageSection id="clinical-context" title="Clinical context">
        <div className="prose-record" dangerouslySetInnerHTML={{ __html: model.clinicalHtml }} />
      </PageSection>
      <PageSection id="rvu-information" title="RVU information">
        {rvuSection}
      </PageSection>
      <PageSection id="billing-and-documentation" title="Billing & documentation">
        <div className="prose-record" dangerouslySetInnerHTML={{ __html: model.billingHtml }} />
      </PageSection>
      <PageSection id="specialties" title="Specialties">
        <SpecialtyLinks items={model.specialties} />
      </PageSection>
      <PageSection id="related-codes" title="Related codes">
        <RelatedCodes items={model.related} />
      </PageSection>
      {model.mentionedIn.length > 0 && (
        <PageSection id="mentioned-in" title="Mentioned in">
          <MentionedIn posts={model.mentionedIn} />
        </PageSection>
      )}
      <PageSection id="faq" title="Frequently asked questions">
        <FaqList items={model.faq} />
      </PageSection>
      <section id="add-to-calculator" aria-label="Add to calculator" data-print-hidden>
        <CalculatorCta code={record.code} href={model.calculatorHref} />
      </section>
    </>
  );
}

/** Attribution and data release, then the link to report a problem. */
function CodePageFooter({
  model,
  dataRelease,
}: {
  model: CodePageModel;
  dataRelease: string | undefined;
}) {
  return (
    <footer>
      <CodeAttribution
        attribution={model.attribution}
        dataRelease={dataRelease}
        lastReviewed={model.record.lastReviewed}
      />
      <p className="mt-3 text-sm" data-print-hidden>
        <SiteLink href={model.reportHref} className="text-brand-700 dark:text-brand-300 underline">
          Report a problem with this page
        </SiteLink>
      </p>
    </footer>
  );
}

/**
 * The full code page in reading order. The RVU section is passed in as a slot because it is composed
 * from the fee-schedule components by the route.
 */
export function CodePage({
  model,
  rvuSection,
  dataRelease,
}: {
  model: CodePageModel;
  rvuSection: React.ReactNode;
  dataRelease: string | undefined;
}) {
  return (
    <article className="space-y-8">
      <CodePageHeader model={model} />
      <CodePageSections model={model} rvuSection={rvuSection} />
      <CategoryNeighbours previous={model.previous} next={model.next} named />
      <CodePageFooter model={model} dataRelease={dataRelease} />
    </article>
  );
}
