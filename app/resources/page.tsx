import { SiteLink } from "@/components/layout/site-link";

import { CareerGuideList } from "@/components/career/career-guide-list";
import { TermCards } from "@/components/glossary/term-cards";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Heading } from "@/components/ui/heading";
import { LinkList } from "@/components/ui/link-list";
import { Section } from "@/components/ui/section";
import { getAllCareerGuides } from "@/lib/career";
import { DATA_SOURCES } from "@/lib/glossary/data-sources";
import { getAllTerms, getTerm } from "@/lib/glossary";
import { createMetadata } from "@/lib/seo/metadata";
import { GLOSSARY_PATH } from "@/lib/site";

export const metadata = createMetadata({
  title: "Resources: glossary, guides and data sources",
  description:
    "A glossary of billing and fee-schedule terms (RVU, GPCI, global period, modifiers), guides by career stage, and the official sources behind CodeAtlas.",
  path: "/resources",
});

/** Terms a newcomer to fee-schedule figures should read first. */
const START_HERE = ["rvu", "wrvu", "gpci", "conversion-factor", "global-period", "modifier-26"];

const link = "font-medium text-brand-700 hover:underline dark:text-brand-300";
const lead = "max-w-3xl text-slate-700 dark:text-slate-300";

export default function ResourcesPage() {
  const starters = START_HERE.flatMap((slug) => getTerm(slug) ?? []);
  return (
    <div className="space-y-10">
      <Breadcrumbs items={[{ label: "Home", href: "/" }, { label: "Resources" }]} />
      <Heading level={1}>Resources</Heading>
      <Section headingId="glossary" title="Glossary">
        <p className={lead}>
          Plain explanations of the words on code pages and in fee-schedule files, each with its own
          page.{" "}
          <SiteLink href={GLOSSARY_PATH} className={link}>
            Browse all {getAllTerms().length} terms A–Z
          </SiteLink>
          .
        </p>
        <TermCards terms={starters} className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3" />
      </Section>
      <Section headingId="guides" title="Guides by career stage">
        <CareerGuideList guides={getAllCareerGuides()} />
      </Section>
      <Section headingId="sources" title="Support and data sources">
        <p className={lead}>
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
        <LinkList
          look="cards"
          className="grid gap-3 sm:grid-cols-2"
          items={DATA_SOURCES.map((source) => ({
            href: source.href,
            label: source.name,
            description: source.about,
            external: true,
          }))}
        />
      </Section>
    </div>
  );
}
