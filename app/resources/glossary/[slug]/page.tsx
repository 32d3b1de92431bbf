import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { GlossaryTermArticle } from "@/components/glossary/glossary-term-article";
import { JsonLd } from "@/components/seo/json-ld";
import { getAllTerms, getTerm } from "@/lib/glossary";
import { buildDefinedTerm } from "@/lib/glossary/structured-data";
import { createMetadata } from "@/lib/seo/metadata";
import { buildBreadcrumbList } from "@/lib/seo/structured-data";
import { GLOSSARY_PATH, glossaryTermPath, RESOURCES_PATH } from "@/lib/site";

export const dynamicParams = false;

export function generateStaticParams() {
  return getAllTerms().map((term) => ({ slug: term.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const term = getTerm((await params).slug);
  if (!term) return {};
  return createMetadata({
    title: `${term.term}: definition`,
    description: term.definition,
    path: glossaryTermPath(term.slug),
  });
}

export default async function GlossaryTermPage({ params }: Props) {
  const term = getTerm((await params).slug);
  if (!term) notFound();
  const crumbs = [
    { label: "Home", href: "/" },
    { label: "Resources", href: RESOURCES_PATH },
    { label: "Glossary", href: GLOSSARY_PATH },
    { label: term.term },
  ];
  const related = term.related.flatMap((slug) => getTerm(slug) ?? []);
  return (
    <>
      <JsonLd
        data={[buildDefinedTerm(term), buildBreadcrumbList(crumbs, glossaryTermPath(term.slug))]}
      />
      <GlossaryTermArticle
        view={{ ...term, releaseLabels: term.releases.map((release) => release.label) }}
        related={related}
        crumbs={crumbs}
      />
    </>
  );
}
