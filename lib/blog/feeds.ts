/**
 * RSS 2.0 and Atom 1.0 feeds of the blog, as strings. Every URL is absolute (absoluteUrl) and every text is
 * XML-escaped; dates come from the posts, never from the clock, so a rebuild of unchanged posts gives the
 * same bytes.
 */
import { absoluteUrl, SITE_NAME } from "@/lib/site";

import type { BlogPost } from "./load-posts";
import { ATOM_PATH, BLOG_PATH, RSS_PATH } from "./paths";

export const FEED_TITLE = `${SITE_NAME} Blog`;
export const FEED_DESCRIPTION =
  "Articles on billing codes, RVUs and Medicare fee-schedule changes from the editors of CodeAtlas.";

/** Feed readers only need the recent posts. */
const MAX_ITEMS = 50;

type FeedPost = Pick<
  BlogPost,
  "title" | "description" | "href" | "published" | "updated" | "author" | "tags"
>;

/** Escapes text for XML element content and attribute values, dropping characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

function toDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

const lastChange = (post: FeedPost) => post.updated ?? post.published;

/** The newest publication or update among the posts (the epoch for an empty blog). */
function feedUpdated(posts: readonly FeedPost[]): Date {
  const latest = posts.map(lastChange).sort().at(-1);
  return latest ? toDate(latest) : new Date(0);
}

function element(name: string, text: string, attributes = ""): string {
  return `<${name}${attributes}>${escapeXml(text)}</${name}>`;
}

/** RSS 2.0: channel title, link and description; per item title, link, guid, pubDate and description. */
export function buildRssFeed(posts: readonly FeedPost[]): string {
  const items = posts
    .slice(0, MAX_ITEMS)
    .map((post) =>
      [
        "    <item>",
        `      ${element("title", post.title)}`,
        `      ${element("link", absoluteUrl(post.href))}`,
        `      ${element("guid", absoluteUrl(post.href), ' isPermaLink="true"')}`,
        `      ${element("pubDate", toDate(post.published).toUTCString())}`,
        `      ${element("dc:creator", post.author)}`,
        `      ${element("description", post.description)}`,
        ...post.tags.map((tag) => `      ${element("category", tag)}`),
        "    </item>",
      ].join("\n"),
    );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    "  <channel>",
    `    ${element("title", FEED_TITLE)}`,
    `    ${element("link", absoluteUrl(BLOG_PATH))}`,
    `    ${element("description", FEED_DESCRIPTION)}`,
    "    <language>en-us</language>",
    `    ${element("lastBuildDate", feedUpdated(posts).toUTCString())}`,
    `    <atom:link href="${escapeXml(absoluteUrl(RSS_PATH))}" rel="self" type="application/rss+xml"/>`,
    ...items,
    "  </channel>",
    "</rss>",
    "",
  ].join("\n");
}

/** Atom 1.0: feed id, title, updated, author and self link; per entry id, title, updated, link and summary. */
export function buildAtomFeed(posts: readonly FeedPost[]): string {
  const entries = posts.slice(0, MAX_ITEMS).map((post) => {
    const url = escapeXml(absoluteUrl(post.href));
    return [
      "  <entry>",
      `    ${element("id", absoluteUrl(post.href))}`,
      `    ${element("title", post.title)}`,
      `    <link rel="alternate" type="text/html" href="${url}"/>`,
      `    ${element("published", toDate(post.published).toISOString())}`,
      `    ${element("updated", toDate(lastChange(post)).toISOString())}`,
      `    <author>${element("name", post.author)}</author>`,
      `    ${element("summary", post.description)}`,
      ...post.tags.map((tag) => `    <category term="${escapeXml(tag)}"/>`),
      "  </entry>",
    ].join("\n");
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `  ${element("id", absoluteUrl(BLOG_PATH))}`,
    `  ${element("title", FEED_TITLE)}`,
    `  ${element("subtitle", FEED_DESCRIPTION)}`,
    `  ${element("updated", feedUpdated(posts).toISOString())}`,
    `  <author>${element("name", SITE_NAME)}</author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(absoluteUrl(ATOM_PATH))}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(absoluteUrl(BLOG_PATH))}"/>`,
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}
