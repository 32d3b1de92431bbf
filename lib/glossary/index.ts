/**
 * The public glossary API. The glossary is read and validated once per process (and per CONTENT_DIR),
 * after the code records it links to.
 */
import { getContentDir } from "@/lib/content/content-dir";
import { getAllCodes } from "@/lib/content";
import { CAREER_STAGES } from "@/lib/site";

import { loadGlossary, type GlossarySet, type GlossaryTerm } from "./load-glossary";
import { lookupTermSlug } from "./lookup";

export type { GlossaryTerm } from "./load-glossary";

let cache: { dir: string; glossary: GlossarySet } | undefined;

/** The validated glossary. Throws ContentValidationError (every problem at once) when invalid. */
export function getGlossary(): GlossarySet {
  const dir = getContentDir();
  if (!cache || cache.dir !== dir) {
    const knownCodes = new Set(getAllCodes().map((record) => record.code));
    const careerSlugs = new Set<string>(CAREER_STAGES.map((stage) => stage.slug));
    cache = { dir, glossary: loadGlossary(dir, { knownCodes, careerSlugs }) };
  }
  return cache.glossary;
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
