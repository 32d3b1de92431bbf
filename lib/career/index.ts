/**
 * The public career-guide API: guides are read and validated once per process (and per CONTENT_DIR),
 * after the code records and glossary they link to.
 */
import { getAllCodes } from "@/lib/content";
import { getContentDir } from "@/lib/content/content-dir";
import { getAllTerms } from "@/lib/glossary";

import { loadCareerGuides, type CareerGuide } from "./load-career-guides";

export type { CareerGuide } from "./load-career-guides";

let cache: { dir: string; guides: CareerGuide[] } | undefined;

/** Every guide, in career order (students, residents, attendings). Throws ContentValidationError when invalid. */
export function getAllCareerGuides(): CareerGuide[] {
  const dir = getContentDir();
  if (!cache || cache.dir !== dir) {
    const knownCodes = new Set(getAllCodes().map((record) => record.code));
    const glossarySlugs = new Set(getAllTerms().map((term) => term.slug));
    cache = { dir, guides: loadCareerGuides(dir, { knownCodes, glossarySlugs }) };
  }
  return cache.guides;
}

export function getCareerGuide(slug: string): CareerGuide | undefined {
  return getAllCareerGuides().find((guide) => guide.slug === slug);
}
