/**
 * Blog metadata: createMetadata() plus what only the blog needs — feed discovery links on every blog page and
 * Open Graph article fields on posts.
 */
import type { Metadata } from "next";

import { createMetadata, type PageMetadataInput } from "@/lib/seo/metadata";
import { absoluteUrl } from "@/lib/site";

import type { BlogPost } from "./load-posts";
import { ATOM_PATH, RSS_PATH } from "./paths";

function withFeeds(metadata: Metadata): Metadata {
  return {
    ...metadata,
    alternates: {
      ...metadata.alternates,
      types: {
        "application/rss+xml": absoluteUrl(RSS_PATH),
        "application/atom+xml": absoluteUrl(ATOM_PATH),
      },
    },
  };
}

/** Metadata of the blog index, its pages and tag pages. */
export function createBlogMetadata(input: PageMetadataInput): Metadata {
  return withFeeds(createMetadata(input));
}

export function createPostMetadata(post: BlogPost): Metadata {
  const metadata = createMetadata({
    title: post.title,
    description: post.description,
    path: post.href,
  });
  return withFeeds({
    ...metadata,
    openGraph: {
      ...metadata.openGraph,
      type: "article",
      publishedTime: post.published,
      modifiedTime: post.updated ?? post.published,
      authors: [post.author],
      tags: post.tags,
    },
  });
}
