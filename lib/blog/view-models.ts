/**
 * Shapes the blog's components take, built from posts. Kept here so routes stay thin and components never
 * see a loader.
 */
import { getCodeSystem } from "@/lib/codes/code-system";
import { getReleases } from "@/lib/fee-schedule/load";
import type { PageLink } from "@/lib/paginate";

import type { BlogPost } from "./load-posts";
import { blogPagePath, tagPath } from "./paths";

export function toTagLinks(tags: readonly string[]): { tag: string; href: string }[] {
  return tags.map((tag) => ({ tag, href: tagPath(tag) }));
}

/** The tag cloud: every tag with its link and number of posts. */
export function toTagCloud(
  tags: readonly { tag: string; count: number }[],
): { tag: string; href: string; count: number }[] {
  return tags.map(({ tag, count }) => ({ tag, href: tagPath(tag), count }));
}

export function toPostSummary(post: BlogPost) {
  const { title, href, description, published, readingMinutes } = post;
  return { title, href, description, published, readingMinutes, tags: toTagLinks(post.tags) };
}

/** Links to every index page, 1 to `count`. */
export function toPageLinks(count: number): PageLink[] {
  return Array.from({ length: count }, (_, index) => ({
    page: index + 1,
    href: blogPagePath(index + 1),
  }));
}

/** "RVU23D, RVU24B and RVU25D" */
function joinWords(words: string[]): string {
  return words.length <= 1
    ? (words[0] ?? "")
    : `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}

export function toPostArticle(post: BlogPost) {
  const systems = [...new Set(post.mentions.map((mention) => mention.system))];
  const releases = getReleases().map((release) => release.id);
  return {
    title: post.title,
    description: post.description,
    author: post.author,
    published: post.published,
    updated: post.updated,
    readingMinutes: post.readingMinutes,
    tags: toTagLinks(post.tags),
    cover: post.cover,
    html: post.html,
    codes: post.mentions.map(({ code, name, href }) => ({ code, name, href })),
    attributions: systems.map((system) => getCodeSystem(system).attribution),
    dataSource: post.usesFeeScheduleData
      ? `CMS Physician Fee Schedule ${releases.length === 1 ? "release" : "releases"} ${joinWords(releases)}`
      : undefined,
  };
}
