/**
 * The career stages CodeAtlas writes a guide for. Navigation (lib/site.ts) and the sitemap link every
 * stage, so the loader requires a guide for each one. Pure: components import this too.
 */
export const CAREER_STAGES = [
  { slug: "medical-students", label: "Medical students" },
  { slug: "residents", label: "Residents" },
  { slug: "attending-physicians", label: "Attending physicians" },
] as const;

export type CareerStage = (typeof CAREER_STAGES)[number];
export type CareerStageSlug = CareerStage["slug"];

export const CAREER_PATH = "/career";

/** "/career/residents" */
export function careerGuidePath(slug: string): string {
  return `${CAREER_PATH}/${slug}`;
}
