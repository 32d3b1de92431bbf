import { GlossaryIndex } from "@/components/glossary/glossary-index";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { JsonLd } from "@/components/seo/json-ld";
import { Heading } from "@/components/ui/heading";
import { ALPHABET, groupByLetter } from "@/lib/glossary/alphabet";
import { getAllTerms } from "@/lib/glossary";
import { buildDefinedTermSet } from "@/lib/glossary/structured-data";
import { createMetadata } from "@/lib/seo/metadata";
import { buildBreadcrumbList } from "@/lib/seo/structured-data";
import { GLOSSARY_PATH, RESOURCES_PATH } from "@/lib/site";

export const metadata = createMetadata({
  title: "Glossary of billing and fee-schedule terms, A–Z",
  description:
    "RVU, wRVU, GPCI, conversion factor, global period, modifiers 25, 26 and TC and more: short definitions with a page that explains each term.",
  path: GLOSSARY_PATH,
});

const CRUMBS = [
  { label: "Home", href: "/" },
  { label: "Resources", href: RESOURCES_PATH },
  { label: "Glossary" },
];

export default function GlossaryIndexPage() {
  const terms = getAllTerms();
  return (
    <div className="max-w-3xl space-y-6">
      <JsonLd data={[buildDefinedTermSet(terms), buildBreadcrumbList(CRUMBS, GLOSSARY_PATH)]} />
      <Breadcrumbs items={CRUMBS} />
      <Heading level={1}>Glossary</Heading>
      <p className="text-slate-700 dark:text-slate-300">
        The words you meet on code pages and in Medicare fee-schedule files, A–Z. Each term has its
        own page with a fuller explanation and the terms to read next.
      </p>
      <GlossaryIndex groups={groupByLetter(terms)} letters={ALPHABET} />
    </div>
  );
}
