/** URLs of the blog, written once. */

/** Posts per index page: /blog is page 1, /blog/page/2 the next ten. */
export const POSTS_PER_PAGE = 10;

export const BLOG_PATH = "/blog";
export const RSS_PATH = "/blog/rss.xml";
export const ATOM_PATH = "/blog/atom.xml";

/**
 * Slugs a post cannot take because a route of the blog already uses the segment.
 * (`rss.xml` and `atom.xml` cannot be slugs anyway: a slug has no dot.)
 */
export const RESERVED_SLUGS: readonly string[] = ["page", "tags"];

export function postPath(slug: string): string {
  return `${BLOG_PATH}/${slug}`;
}

export function tagPath(tag: string): string {
  return `${BLOG_PATH}/tags/${tag}`;
}

/** Page 1 of the index is /blog itself. */
export function blogPagePath(page: number): string {
  return page <= 1 ? BLOG_PATH : `${BLOG_PATH}/page/${page}`;
}
