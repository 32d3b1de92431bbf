/**
 * JSON-LD for the glossary (schema.org DefinedTerm and DefinedTermSet), built from the same fields the
 * pages show. Pure builders; pages emit them through components/seo/json-ld.tsx.
 */
import type { DefinedTerm, DefinedTermSet, WithContext } from "schema-dts";

import { absoluteUrl, GLOSSARY_PATH, glossaryTermPath, SITE_NAME } from "@/lib/site";

export const GLOSSARY_NAME = `${SITE_NAME} glossary of billing terms`;

interface TermFields {
  slug: string;
  term: string;
  aliases: readonly string[];
  definition: string;
}

function termSetReference() {
  return {
    "@type": "DefinedTermSet",
    "@id": absoluteUrl(GLOSSARY_PATH),
    name: GLOSSARY_NAME,
  } as const;
}

export function buildDefinedTerm(term: TermFields): WithContext<DefinedTerm> {
  const url = absoluteUrl(glossaryTermPath(term.slug));
  return {
    "@context": "https://schema.org",
    "@type": "DefinedTerm",
    "@id": url,
    url,
    name: term.term,
    termCode: term.slug,
    description: term.definition,
    ...(term.aliases.length > 0 ? { alternateName: [...term.aliases] } : {}),
    inDefinedTermSet: termSetReference(),
  };
}

export function buildDefinedTermSet(terms: readonly TermFields[]): WithContext<DefinedTermSet> {
  return {
    "@context": "https://schema.org",
    ...termSetReference(),
    url: absoluteUrl(GLOSSARY_PATH),
    hasDefinedTerm: terms.map((term) => ({
      "@type": "DefinedTerm",
      "@id": absoluteUrl(glossaryTermPath(term.slug)),
      name: term.term,
      description: term.definition,
    })),
  };
}
