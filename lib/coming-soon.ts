/**
 * Career-stage guides: planned sections that navigation already links to. Each page says plainly that the
 * guide is coming instead of returning a 404.
 */
export const CAREER_STAGES = [
  { slug: "medical-students", label: "Medical students" },
  { slug: "residents", label: "Residents" },
  { slug: "attending-physicians", label: "Attending physicians" },
] as const;
