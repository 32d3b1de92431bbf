/**
 * The public career-guide API: guides are read and validated once per process (and per CONTENT_DIR),
 * after the code records and glossary they link to.
 */
import { feeScheduleCollection } from "@/lib/fee-schedule/load";
import { codeCollection, defineCollection, getAllCodes } from "@/lib/content";
import { getAllTerms, glossaryCollection } from "@/lib/glossary";

import { loadCareerGuides, type CareerGuide } from "./load-career-guides";

export type { CareerGuide } from "./load-career-guides";

/** Career guides, cross-checked against the code records and glossary terms they link to. */
export const careerCollection = defineCollection<CareerGuide[]>({
  name: "career",
  source: "career/*.md",
  dependsOn: [codeCollection, glossaryCollection, feeScheduleCollection],
  load: (dir) => {
    const knownCodes = new Set(getAllCodes().map((record) => record.code));
    const glossarySlugs = new Set(getAllTerms().map((term) => term.slug));
    return loadCareerGuides(dir, { knownCodes, glossarySlugs });
  },
});

/** Every guide, in career order (students, residents, attendings). Throws ContentValidationError when invalid. */
export function getAllCareerGuides(): CareerGuide[] {
  return careerCollection.get();
}

export function getCareerGuide(slug: string): CareerGuide | undefined {
  return getAllCareerGuides().find((guide) => guide.slug === slug);
}
