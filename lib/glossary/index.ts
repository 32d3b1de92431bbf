/**
 * The public glossary API. The glossary is read and validated once per process (and per CONTENT_DIR),
 * after the code records it links to.
 */
import { feeScheduleCollection } from "@/lib/fee-schedule/load";
import { codeCollection, defineCollection, getAllCodes } from "@/lib/content";
import { CAREER_STAGES } from "@/lib/site";

import { loadGlossary, type GlossarySet, type GlossaryTerm } from "./load-glossary";
import { lookupTermSlug } from "./lookup";

export type { GlossaryTerm } from "./load-glossary";

/** Glossary terms, cross-checked against the code records they link to. */
export const glossaryCollection = defineCollection<GlossarySet>({
  name: "glossary",
  source: "glossary/*.md",
  // Figure directives in terms read the fee-schedule data.
  dependsOn: [codeCollection, feeScheduleCollection],
  load: (dir) => {
    const knownCodes = new Set(getAllCodes().map((record) => record.code));
    const careerSlugs = new Set<string>(CAREER_STAGES.map((stage) => stage.slug));
    return loadGlossary(dir, { knownCodes, careerSlugs });
  },
});

/** The validated glossary. Throws ContentValidationError (every problem at once) when invalid. */
export function getGlossary(): GlossarySet {
  return glossaryCollection.get();
}

/** Every term, A–Z. */
export function getAllTerms(): GlossaryTerm[] {
  return getGlossary().terms;
}

export function getTerm(slug: string): GlossaryTerm | undefined {
  return getGlossary().termsBySlug.get(slug);
}

/**
 * The term a visible label stands for — "RVU", "wRVUs", "GPCI", "global period", "Modifier 26",
 * "conversion factor" — matched against each term, its parts around a parenthesis and its aliases,
 * ignoring case and punctuation. Undefined when no term matches.
 */
export function findGlossaryTerm(text: string): GlossaryTerm | undefined {
  const glossary = getGlossary();
  const slug = lookupTermSlug(glossary.lookup, text);
  return slug === undefined ? undefined : glossary.termsBySlug.get(slug);
}
