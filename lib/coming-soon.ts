/**
 * The career stages moved to lib/career/stages.ts when the guides were written; this re-export keeps the
 * sitemap's import working until it imports from there.
 */
export { CAREER_STAGES } from "@/lib/career/stages";
