/**
 * The contract for content authors. Every field of a record is described here; the README's field table
 * mirrors these comments. Unknown fields are errors so a typo never silently drops information.
 */
import { z } from "zod";

import { isValidCodeFormat } from "@/lib/codes/code-system";

/**
 * YAML 1.2 reads an unquoted 00100 as the number 100. Codes that are all digits are five long, so a number
 * is padded back to the code the author wrote; anything else is left for the string check to reject.
 */
const codeString = z.preprocess(
  (value) =>
    typeof value === "number" && Number.isInteger(value) ? String(value).padStart(5, "0") : value,
  z.string().trim().refine(isValidCodeFormat, {
    message: "expected a billing code such as D3351, 99213, 0001F or J0585 (upper case, no spaces)",
  }),
);

/** An ISO calendar date, "YYYY-MM-DD", that exists on the calendar. */
export const isoDateSchema = z.string().refine(
  (value) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  },
  { message: 'expected a date written as "YYYY-MM-DD"' },
);

const nonEmpty = z.string().trim().min(1, { message: "must not be empty" });

/** A specialty slug: lower case words joined by hyphens, e.g. "pediatric-dentistry". */
export const specialtySlugSchema = z
  .string()
  .regex(/^[a-z]+(?:-[a-z]+)*$/, { message: 'expected a specialty slug such as "endodontics"' });

export const relatedCodeSchema = z.strictObject({
  /**
   * The related code, e.g. "D3352". It must have its own record unless `external` is true; an external
   * code that gets a record later links to it automatically, with the record's name.
   */
  code: codeString,
  /** Why a reader should look at it: "interim visit of the same treatment", "use instead when…". */
  note: z.optional(nonEmpty),
  /** Set to true for a code that has no record on the site yet; `name` is then required. */
  external: z.optional(z.boolean()),
  /** Short name in our own words; required for external codes, taken from the record otherwise. */
  name: z.optional(nonEmpty),
});

export const faqEntrySchema = z.strictObject({
  /** The question as a reader would ask it. */
  question: nonEmpty,
  /** A specific answer in one to four sentences. Plain text. */
  answer: nonEmpty,
});

export const retirementSchema = z.strictObject({
  /** The date the code stopped being valid, "YYYY-MM-DD". */
  date: isoDateSchema,
  /** The code or codes that replace it; each must have a record. */
  replacedBy: z.array(codeString),
  /** One or two sentences on what changed. */
  note: nonEmpty,
});

export const codeFrontmatterSchema = z.strictObject({
  /** Short name in CodeAtlas's own words (never the AMA or ADA descriptor), e.g. "Apexification, opening visit with first medicament". */
  name: nonEmpty.max(90, { message: "keep the short name under 90 characters" }),
  /**
   * Other real names for the service: abbreviations, lay words, older names ("pulp cap", "SRP"). Shown to
   * readers as "Also known as" and searched. Never a misspelling: those go in `misspellings`.
   */
  synonyms: z.array(nonEmpty).default([]),
  /**
   * Misspellings and typing variants readers type ("apexificaton", "pulpotomey"). Search finds the code
   * by them; the page never shows them.
   */
  misspellings: z.array(nonEmpty).default([]),
  /** One sentence that says what the code reports. */
  description: nonEmpty,
  /** How a patient would describe it, in one or two sentences without jargon. */
  plainLanguage: nonEmpty,
  /** Specialty slugs from content/specialties/, most relevant first. At least one. */
  specialties: z.array(specialtySlugSchema).min(1, { message: "list at least one specialty" }),
  /** Codes a reader should compare or report with this one. */
  related: z.array(relatedCodeSchema).default([]),
  /** Questions beyond the default ones the site builds from the other fields. */
  faq: z.array(faqEntrySchema).default([]),
  /** When a person last checked this record against its sources, "YYYY-MM-DD". */
  lastReviewed: isoDateSchema,
  /**
   * For codes Medicare does not accept (status I), the code Medicare uses instead, e.g. G2212 for 99417.
   * Must have a record.
   */
  medicareAlternative: z.optional(codeString),
  /** Present only when the code has been deleted from its code set; the page stays with a notice. */
  retired: z.optional(retirementSchema),
});

export type CodeFrontmatter = z.infer<typeof codeFrontmatterSchema>;
export type RelatedCodeEntry = z.infer<typeof relatedCodeSchema>;
export type FaqEntry = z.infer<typeof faqEntrySchema>;

/** The Markdown sections a code record's body must contain, in this order, as `## ` headings. */
export const CODE_BODY_SECTIONS = [
  { heading: "Clinical context", id: "clinical-context" },
  { heading: "Billing & documentation", id: "billing-and-documentation" },
] as const;

export const specialtyFrontmatterSchema = z.strictObject({
  /** Display name, e.g. "Pediatric dentistry". */
  name: nonEmpty,
  /** Whether the specialty is medical or dental; drives grouping on the specialties index. */
  field: z.enum(["medical", "dental"]),
  /** One sentence on what the specialty covers, shown in lists and link previews. */
  summary: nonEmpty,
  /** Slugs of neighbouring specialties; each must have a record. */
  related: z.array(specialtySlugSchema).default([]),
  /** When a person last checked this record, "YYYY-MM-DD". */
  lastReviewed: isoDateSchema,
});

export type SpecialtyFrontmatter = z.infer<typeof specialtyFrontmatterSchema>;
