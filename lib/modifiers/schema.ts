/**
 * The contract for modifier authors: one `content/modifiers/<MODIFIER>.md` per modifier we explain in our
 * own words (CPT modifiers, whose descriptors are the AMA's, and any HCPCS Level II modifier worth more
 * than CMS's one line). Unknown fields are errors.
 */
import { z } from "zod";

import { isoDateSchema } from "@/lib/content/schema";

const nonEmpty = z.string().trim().min(1, { message: "must not be empty" });

/** Word limits for a modifier page's body. */
export const MODIFIER_WORDS = { min: 80, max: 700 } as const;

/** The fee-schedule indicators that decide whether a modifier pays on a given code. */
export const MODIFIER_INDICATORS = [
  "pc-tc",
  "global-period",
  "multiple-procedures",
  "bilateral-surgery",
  "assistant-at-surgery",
  "co-surgeons",
  "team-surgery",
] as const;

export const modifierFrontmatterSchema = z.strictObject({
  /** Short name in our own words, never the AMA descriptor: "Professional component". */
  name: nonEmpty.max(80, { message: "keep the name under 80 characters" }),
  /** One sentence on when the modifier is used: the page's meta description. */
  summary: nonEmpty
    .min(60, { message: "write at least 60 characters: it is the page's description" })
    .max(200, { message: "keep the summary under 200 characters" }),
  /** Indicators of the CMS fee-schedule file that govern the modifier (shown on the page, linked from codes). */
  indicators: z.optional(z.array(z.enum(MODIFIER_INDICATORS))).default([]),
  /** Other modifiers a reader should compare, e.g. 59 → XE, XS, XP, XU. */
  related: z.optional(z.array(z.string().regex(/^[A-Z0-9]{2}$/))).default([]),
  /** When a person last checked the page against its sources, "YYYY-MM-DD". */
  lastReviewed: isoDateSchema,
});

export type ModifierFrontmatter = z.infer<typeof modifierFrontmatterSchema>;
