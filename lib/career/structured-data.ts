/** JSON-LD for a career guide (schema.org Article), built from the fields the page shows. Pure. */
import type { Article, WithContext } from "schema-dts";

import { absoluteUrl, careerGuidePath, getSiteUrl, SITE_NAME } from "@/lib/site";

export function buildGuideArticle(guide: {
  slug: string;
  title: string;
  description: string;
  lastReviewed: string;
}): WithContext<Article> {
  const url = absoluteUrl(careerGuidePath(guide.slug));
  return {
    "@context": "https://schema.org",
    "@type": "Article",
    "@id": url,
    url,
    headline: guide.title,
    description: guide.description,
    dateModified: guide.lastReviewed,
    inLanguage: "en",
    author: { "@type": "Organization", name: SITE_NAME, url: getSiteUrl() },
    publisher: { "@type": "Organization", name: SITE_NAME, url: getSiteUrl() },
  };
}
