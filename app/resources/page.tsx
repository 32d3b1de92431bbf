import { SiteLink } from "@/components/layout/site-link";

import { CareerGuideList } from "@/components/career/career-guide-list";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { getAllCareerGuides } from "@/lib/career";
import { DATA_SOURCES } from "@/lib/glossary/data-sources";
import { getAllTerms, getTerm } from "@/lib/glossary";
import { createMetadata } from "@/lib/seo/metadata";
import { GLOSSARY_PATH, glossaryTermPath } from "@/lib/site";

export const metadata = createMetadata({
  title: "Resources: glossary, guides and data sources",
  description:
    "A glossary of billing and fee-schedule terms (RVU, GPCI, global period, modifiers), guides by career stage, and the official sources behind CodeAtlas.",
  path: "/resources",
});

/** Terms a newcomer to fee-schedule figures should read first. */
const START_HERE = ["rvu", "wrvu", "gpci", "conversion-factor", "global-period", "modifier-26"];

const card = "rounded-md border border-slate-200 p-3 dark:border-slate-800";
const link = "font-medium text-brand-700 hover:underline dark:text-brand-300";

export default function ResourcesPage() {
  const starters = START_HERE.flatMap((slug) => getTerm(slug) ?? []);
  return (
    <div className="space-y-10">
      <Breadcrumbs items={[{ label: "Home", href: "/" }, { label: "Resources" }]} />
      <h1 className="text-3xl font-bold">Resources</h1>
      <section aria-labelledby="glossary" className="space-y-3">
        <h2 id="glossary" className="text-xl font-semibold">
          Glossary
        </h2>
        <p className="max-w-3xl text-slate-700 dark:text-slate-300">
          Plain explanations of the words on code pages and in fee-schedule files, each with its own
          page.{" "}
          <SiteLink href={GLOSSARY_PATH} className={link}>
            Browse all {getAllTerms().length} terms A–Z
          </SiteLink>
          .
        </p>
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {starters.map((term) => (
            <li key={term.slug} className={card}>
              <SiteLink href={glossaryTermPath(term.slug)} className={link}>
                {term.term}
              </SiteLink>
              <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{term.definition}</p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="guides" className="space-y-3">
        <h2 id="guides" className="text-xl font-semibold">
          Guides by career stage
        </h2>
        <CareerGuideList guides={getAllCareerGuides()} />
      </section>
      <section aria-labelledby="sources" className="space-y-3">
        <h2 id="sources" className="text-xl font-semibold">
          Support and data sources
        </h2>
        <p className="max-w-3xl text-slate-700 dark:text-slate-300">
          Found a mistake?{" "}
          <SiteLink href="/support/report" className={link}>
            Report a problem
          </SiteLink>
          , or read{" "}
          <SiteLink href="/support" className={link}>
            where our figures come from
          </SiteLink>
          . The official sources:
        </p>
        <ul className="grid gap-3 sm:grid-cols-2">
          {DATA_SOURCES.map((source) => (
            <li key={source.href} className={card}>
              <a href={source.href} className={link} rel="noopener">
                {source.name}
              </a>
              <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{source.about}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
