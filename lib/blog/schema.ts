/**
 * The contract for blog authors: every frontmatter field of `content/blog/<slug>.md`, described for the person
 * writing the post. docs/blog.md mirrors these comments. Unknown fields are errors, as for code records.
 */
import { z } from "zod";

import { isoDateSchema } from "@/lib/content/schema";

const nonEmpty = z.string().trim().min(1, { message: "must not be empty" });

/** A tag: lower-case words or numbers joined by hyphens, e.g. "fee-schedule". It is also the tag's URL. */
export const tagSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  message: 'expected a tag such as "fee-schedule" (lower case, hyphens)',
});

export const coverImageSchema = z.strictObject({
  /** Path of an image under public/, starting with "/", e.g. "/images/blog/apexification.png". */
  src: z.string().regex(/^\/[A-Za-z0-9/_.-]+\.(?:png|jpe?g|webp|avif|svg)$/, {
    message: 'expected a path under public/ such as "/images/blog/cover.png"',
  }),
  /** What the image shows, for readers who cannot see it. */
  alt: nonEmpty,
});

export const postFrontmatterSchema = z.strictObject({
  /** The headline: specific and under 100 characters. It is the page's only h1. */
  title: nonEmpty.max(100, { message: "keep the title under 100 characters" }),
  /** One or two sentences on what the reader will learn: the meta description and feed summary, so 160 characters at most. */
  description: nonEmpty.max(160, {
    message: "keep the description to 160 characters, the length search results show",
  }),
  /** First publication, "YYYY-MM-DD". Posts are listed newest first by this date. */
  published: isoDateSchema,
  /** The last substantive revision, "YYYY-MM-DD", on or after `published`. Leave out until there is one. */
  updated: z.optional(isoDateSchema),
  /** Who wrote it, as shown under the title, e.g. "CodeAtlas editors". */
  author: nonEmpty,
  /** One to five tags, most specific first. */
  tags: z
    .array(tagSchema)
    .min(1, { message: "list at least one tag" })
    .max(5, { message: "use at most five tags" })
    .refine((tags) => new Set(tags).size === tags.length, { message: "a tag is listed twice" }),
  /** Optional cover image shown above the post. */
  cover: z.optional(coverImageSchema),
});

export type PostFrontmatter = z.infer<typeof postFrontmatterSchema>;
export type CoverImage = z.infer<typeof coverImageSchema>;
