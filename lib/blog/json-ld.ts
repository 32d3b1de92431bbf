/**
 * BlogPosting structured data for a post, mirroring what the page shows: headline, dates, author, tags and
 * the billing codes the post links to (as schema.org MedicalCode mentions).
 */
import type { BlogPosting, WithContext } from "schema-dts";

import { absoluteUrl, getSiteUrl, SITE_NAME } from "@/lib/site";

import type { BlogPost } from "./load-posts";
import { BLOG_PATH } from "./paths";

export function buildBlogPostingJsonLd(post: BlogPost): WithContext<BlogPosting> {
  const url = absoluteUrl(post.href);
  return {
    "@context": "https://schema.org",
    "@type": "BlogPosting",
    "@id": url,
    url,
    mainEntityOfPage: url,
    headline: post.title,
    description: post.description,
    datePublished: post.published,
    dateModified: post.updated ?? post.published,
    author: { "@type": "Organization", name: post.author },
    publisher: { "@type": "Organization", name: SITE_NAME, url: getSiteUrl() },
    image: absoluteUrl(post.cover?.src ?? `${post.href}/opengraph-image`),
    keywords: post.tags,
    wordCount: post.wordCount,
    inLanguage: "en",
    isPartOf: { "@type": "Blog", name: `${SITE_NAME} Blog`, url: absoluteUrl(BLOG_PATH) },
    mentions: post.mentions.map((mention) => ({
      "@type": "MedicalCode",
      codeValue: mention.code,
      codingSystem: mention.systemLabel,
      name: mention.name,
      url: absoluteUrl(mention.href),
    })),
  };
}
