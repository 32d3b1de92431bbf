/**
 * RSS 2.0 and Atom 1.0 feeds of the blog, as strings written by buildXmlDocument (which escapes every
 * text). Every URL is absolute (absoluteUrl); dates come from the posts, never from the clock, so a rebuild
 * of unchanged posts gives the same bytes.
 */
import { absoluteUrl, SITE_NAME } from "@/lib/site";
import { buildXmlDocument } from "@/lib/xml/build-xml";

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

function toDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

const lastChange = (post: FeedPost) => post.updated ?? post.published;

/** The newest publication or update among the posts (the epoch for an empty blog). */
function feedUpdated(posts: readonly FeedPost[]): Date {
  const latest = posts.map(lastChange).sort().at(-1);
  return latest ? toDate(latest) : new Date(0);
}

const ATOM_NAMESPACE = "http://www.w3.org/2005/Atom";

/** RSS 2.0: channel title, link and description; per item title, link, guid, pubDate and description. */
export function buildRssFeed(posts: readonly FeedPost[]): string {
  const items = posts.slice(0, MAX_ITEMS).map((post) => ({
    title: post.title,
    link: absoluteUrl(post.href),
    guid: { "@_isPermaLink": "true", "#text": absoluteUrl(post.href) },
    pubDate: toDate(post.published).toUTCString(),
    "dc:creator": post.author,
    description: post.description,
    category: post.tags,
  }));
  const rss = {
    "@_version": "2.0",
    "@_xmlns:atom": ATOM_NAMESPACE,
    "@_xmlns:dc": "http://purl.org/dc/elements/1.1/",
    channel: {
      title: FEED_TITLE,
      link: absoluteUrl(BLOG_PATH),
      description: FEED_DESCRIPTION,
      language: "en-us",
      lastBuildDate: feedUpdated(posts).toUTCString(),
      "atom:link": {
        "@_href": absoluteUrl(RSS_PATH),
        "@_rel": "self",
        "@_type": "application/rss+xml",
      },
      item: items,
    },
  };
  return buildXmlDocument({ rss }, { indent: true });
}

/** Atom 1.0: feed id, title, updated, author and self link; per entry id, title, updated, link and summary. */
export function buildAtomFeed(posts: readonly FeedPost[]): string {
  const entries = posts.slice(0, MAX_ITEMS).map((post) => ({
    id: absoluteUrl(post.href),
    title: post.title,
    link: { "@_rel": "alternate", "@_type": "text/html", "@_href": absoluteUrl(post.href) },
    published: toDate(post.published).toISOString(),
    updated: toDate(lastChange(post)).toISOString(),
    author: { name: post.author },
    summary: post.description,
    category: post.tags.map((tag) => ({ "@_term": tag })),
  }));
  const feed = {
    "@_xmlns": ATOM_NAMESPACE,
    "@_xml:lang": "en",
    id: absoluteUrl(BLOG_PATH),
    title: FEED_TITLE,
    subtitle: FEED_DESCRIPTION,
    updated: feedUpdated(posts).toISOString(),
    author: { name: SITE_NAME },
    link: [
      { "@_rel": "self", "@_type": "application/atom+xml", "@_href": absoluteUrl(ATOM_PATH) },
      { "@_rel": "alternate", "@_type": "text/html", "@_href": absoluteUrl(BLOG_PATH) },
    ],
    entry: entries,
  };
  return buildXmlDocument({ feed }, { indent: true });
}
