/**
 * The contract for career guide authors: one `content/career/<stage>.md` per stage in CAREER_STAGES (lib/site.ts).
 * Unknown fields are errors.
 */
import { z } from "zod";

import { isoDateSchema } from "@/lib/content/schema";

const nonEmpty = z.string().trim().min(1, { message: "must not be empty" });
const noFigures = (text: string) => !text.includes("{{");

/** Word limits for a guide's body, counted on the text after figures are filled in. */
export const CAREER_GUIDE_WORDS = { min: 700, max: 1100 } as const;

export const careerGuideFrontmatterSchema = z.strictObject({
  /** The page heading and title, e.g. "RVUs and billing codes for residents". */
  title: nonEmpty
    .max(90, { message: "keep the title under 90 characters" })
    .refine(noFigures, { message: "figure directives work only in the body" }),
  /** One or two sentences on who the guide is for and what it covers: the meta description and hub blurb. */
  description: nonEmpty
    .max(200, { message: "keep the description under 200 characters" })
    .refine(noFigures, { message: "figure directives work only in the body" }),
  /** When a person last checked the guide and its figures, "YYYY-MM-DD". */
  lastReviewed: isoDateSchema,
});

export type CareerGuideFrontmatter = z.infer<typeof careerGuideFrontmatterSchema>;
