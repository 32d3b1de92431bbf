/**
 * The blog's public API. Posts are read, validated and rendered once per process (and per CONTENT_DIR),
 * against the code records of the same content tree, then served from memory.
 */
import { feeScheduleCollection } from "@/lib/fee-schedule/load";
import { codeCollection, defineCollection, getContent } from "@/lib/content";

import { loadPosts, type BlogPost } from "./load-posts";
import { POSTS_PER_PAGE } from "./paths";

export type { BlogPost, CodeMention } from "./load-posts";
export { ContentValidationError } from "@/lib/content/problems";

/** Blog posts, rendered against the code records of the same content tree. */
export const blogCollection = defineCollection<BlogPost[]>({
  name: "blog",
  source: "blog/*.md",
  // Figure directives in posts read the fee-schedule data.
  dependsOn: [codeCollection, feeScheduleCollection],
  load: (dir) => loadPosts(dir, getContent().codesByCode),
});

/**
 * Every post, newest first.
 *
 * @throws ContentValidationError listing every problem when any post (or code record) is invalid
 */
export function getAllPosts(): BlogPost[] {
  return blogCollection.get();
}

export function getPost(slug: string): BlogPost | undefined {
  return getAllPosts().find((post) => post.slug === slug);
}

/** Posts carrying the tag, newest first. */
export function getPostsByTag(tag: string): BlogPost[] {
  return getAllPosts().filter((post) => post.tags.includes(tag));
}

/** Every tag with its number of posts, most used first, then alphabetical. */
export function getAllTags(): { tag: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const post of getAllPosts())
    for (const tag of post.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts]
    .map(([tag, count]) => ({ tag, count }))
    .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}

/** Posts that reference the code with [[CODE]], newest first: the "Mentioned in" list of a code page. */
export function getPostsMentioningCode(code: string): BlogPost[] {
  return getAllPosts().filter((post) => post.mentions.some((mention) => mention.code === code));
}

/** Number of index pages (at least 1, so /blog exists even before the first post). */
export function getPostPageCount(): number {
  return Math.max(1, Math.ceil(getAllPosts().length / POSTS_PER_PAGE));
}

/** The posts of index page `page` (1-based), or undefined when there is no such page. */
export function getPostPage(page: number): BlogPost[] | undefined {
  if (!Number.isInteger(page) || page < 1 || page > getPostPageCount()) return undefined;
  return getAllPosts().slice((page - 1) * POSTS_PER_PAGE, page * POSTS_PER_PAGE);
}
