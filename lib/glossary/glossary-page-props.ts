/**
 * Props for the glossary pages (pages/resources/glossary/): the A–Z index and each term. Computed at build
 * time and sent as static HTML with no framework runtime: these pages only read.
 */
import { getIslandScriptUrl } from "@/lib/islands/island-scripts";
import { buildPageHead, type PageHeadData } from "@/lib/seo/head-tags";
import { createMetadata } from "@/lib/seo/metadata";
import { buildBreadcrumbList } from "@/lib/seo/structured-data";
import { GLOSSARY_PATH, glossaryTermPath, RESOURCES_PATH } from "@/lib/site";

import { ALPHABET, groupByLetter, type LetterGroup } from "./alphabet";
import { getAllTerms, getTerm } from "./index";
import { buildDefinedTerm, buildDefinedTermSet } from "./structured-data";

type Crumb = { label: string; href?: string };
type JsonLdObject = ReturnType<typeof buildBreadcrumbList> | ReturnType<typeof buildDefinedTerm>;

/** A term as the index and the related-terms cards show it: linked, with its one-sentence definition. */
export interface GlossaryTermSummary {
  slug: string;
  term: string;
  aliases: string[];
  definition: string;
}

export interface GlossaryIndexProps {
  head: PageHeadData;
  islandScript: string;
  structuredData: (JsonLdObject | ReturnType<typeof buildDefinedTermSet>)[];
  crumbs: Crumb[];
  groups: LetterGroup<GlossaryTermSummary>[];
  letters: string[];
}

export interface GlossaryTermProps {
  head: PageHeadData;
  islandScript: string;
  structuredData: JsonLdObject[];
  crumbs: Crumb[];
  view: {
    term: string;
    aliases: string[];
    definition: string;
    html: string;
    lastReviewed: string;
    releaseLabels: string[];
  };
  related: GlossaryTermSummary[];
}

const summarize = ({ slug, term, aliases, definition }: GlossaryTermSummary) => ({
  slug,
  term,
  aliases: [...aliases],
  definition,
});

const INDEX_CRUMBS: Crumb[] = [
  { label: "Home", href: "/" },
  { label: "Resources", href: RESOURCES_PATH },
  { label: "Glossary" },
];

export function getGlossaryIndexProps(): GlossaryIndexProps {
  const terms = getAllTerms();
  return {
    head: buildPageHead(
      createMetadata({
        title: "Glossary of billing and fee-schedule terms, A–Z",
        description:
          "RVU, wRVU, GPCI, conversion factor, global period, modifiers 25, 26 and TC and more: short definitions with a page that explains each term.",
        path: GLOSSARY_PATH,
      }),
    ),
    islandScript: getIslandScriptUrl("code-page"),
    structuredData: [buildDefinedTermSet(terms), buildBreadcrumbList(INDEX_CRUMBS, GLOSSARY_PATH)],
    crumbs: INDEX_CRUMBS,
    groups: groupByLetter(terms.map(summarize)),
    letters: [...ALPHABET],
  };
}

/** Props for /resources/glossary/<slug>, or undefined when there is no such term. */
export function getGlossaryTermProps(slug: string): GlossaryTermProps | undefined {
  const term = getTerm(slug);
  if (!term) return undefined;
  const path = glossaryTermPath(term.slug);
  const crumbs: Crumb[] = [
    { label: "Home", href: "/" },
    { label: "Resources", href: RESOURCES_PATH },
    { label: "Glossary", href: GLOSSARY_PATH },
    { label: term.term },
  ];
  return {
    head: buildPageHead(
      createMetadata({ title: `${term.term}: definition`, description: term.definition, path }),
    ),
    islandScript: getIslandScriptUrl("code-page"),
    structuredData: [buildDefinedTerm(term), buildBreadcrumbList(crumbs, path)],
    crumbs,
    view: {
      term: term.term,
      aliases: [...term.aliases],
      definition: term.definition,
      html: term.html,
      lastReviewed: term.lastReviewed,
      releaseLabels: term.releases.map((release) => release.label),
    },
    related: term.related.flatMap((relatedSlug) => getTerm(relatedSlug) ?? []).map(summarize),
  };
}
