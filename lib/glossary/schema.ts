/**
 * The contract for glossary authors: one `content/glossary/<slug>.md` per term. Every field is described
 * here; docs and error messages point back to these comments. Unknown fields are errors.
 */
import { z } from "zod";

import { isoDateSchema } from "@/lib/content/schema";

const nonEmpty = z.string().trim().min(1, { message: "must not be empty" });

/** A term slug: lower-case words or numbers joined by hyphens, e.g. "modifier-26". */
export const glossarySlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'expected a term slug such as "global-period"' });

/** Word limits for the body, counted on the rendered text after figures are filled in. */
export const GLOSSARY_BODY_WORDS = { min: 120, max: 300 } as const;

export const glossaryTermFrontmatterSchema = z.strictObject({
  /** The term as the A–Z index and the page title show it, e.g. "Work RVU (wRVU)". */
  term: nonEmpty.max(80, { message: "keep the term under 80 characters" }),
  /**
   * Other ways people write the term: abbreviations, spellings, plurals ("wRVU", "work RVUs"). Code pages
   * link a visible label to the term when it matches the term or an alias, ignoring case and punctuation,
   * so an alias may belong to one term only.
   */
  aliases: z.array(nonEmpty).default([]),
  /** One plain sentence that defines the term. It is the page's meta description and search snippet. */
  definition: nonEmpty
    .max(240, { message: "keep the definition to one sentence under 240 characters" })
    .refine((text) => /[.?!]$/.test(text), { message: "end the definition with a full stop" })
    .refine((text) => !/[.?!]\s+[A-Z]/.test(text), {
      message: "write the definition as one sentence; explain the rest in the body",
    })
    .refine((text) => !text.includes("{{"), { message: "figure directives work only in the body" }),
  /** Slugs of other glossary terms a reader should see next; each must have a file. */
  related: z.array(glossarySlugSchema).default([]),
  /** When a person last checked the entry against its sources, "YYYY-MM-DD". */
  lastReviewed: isoDateSchema,
});

export type GlossaryTermFrontmatter = z.infer<typeof glossaryTermFrontmatterSchema>;
