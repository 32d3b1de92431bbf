/**
 * The tags Next.js writes from a `Metadata` object, as plain data, for the pages that the Pages Router
 * renders (code pages: see "Why code pages use the Pages Router" in the README). Those pages cannot use
 * `generateMetadata`, so they take the same `Metadata` that `createMetadata` builds and print it with
 * `<PageHead>`; titles, descriptions, canonical URLs and Open Graph tags therefore cannot drift apart
 * between the two routers.
 */
import type { Metadata } from "next";

import { formatTitle, SHELL, type HeadTag, type PageHeadData } from "@/lib/shell";
import { absoluteUrl, SITE_NAME } from "@/lib/site";

export type { HeadTag, PageHeadData } from "@/lib/shell";

export interface PreviewImage {
  /** Site path of the image, e.g. "/codes/D3351/opengraph-image". */
  path: string;
  width: number;
  height: number;
  alt: string;
}

/** Only the plain-string forms `createMetadata` produces are supported; anything else is a programming error. */
function requireString(value: unknown, field: string): string {
  if (typeof value !== "string") throw new Error(`head-tags: metadata.${field} must be a string`);
  return value;
}

const meta = (attributes: Record<string, string>): HeadTag => ({ tag: "meta", attributes });

function imageTags(prefix: "og" | "twitter", image: PreviewImage): HeadTag[] {
  const key = prefix === "og" ? "property" : "name";
  const url = absoluteUrl(image.path);
  return [
    meta({ [key]: `${prefix}:image`, content: url }),
    meta({ [key]: `${prefix}:image:type`, content: "image/png" }),
    meta({ [key]: `${prefix}:image:width`, content: String(image.width) }),
    meta({ [key]: `${prefix}:image:height`, content: String(image.height) }),
    meta({ [key]: `${prefix}:image:alt`, content: image.alt }),
  ];
}

/** `<link rel="alternate" type=…>` for each of `alternates.types` (the blog's feeds), as Next.js writes them. */
function alternateTypeLinks(metadata: Metadata): HeadTag[] {
  return Object.entries(metadata.alternates?.types ?? {}).map(([type, href]) => ({
    tag: "link",
    attributes: { rel: "alternate", type, href: requireString(href, `alternates.types.${type}`) },
  }));
}

/**
 * Head tags for `metadata` (as built by `createMetadata`) plus its link-preview image; a page kept out of
 * indexes and previews (search results) may have none.
 */
export function buildPageHead(metadata: Metadata, image?: PreviewImage): PageHeadData {
  const title = requireString(metadata.title, "title");
  const description = requireString(metadata.description, "description");
  const canonical = requireString(metadata.alternates?.canonical, "alternates.canonical");
  const openGraph = metadata.openGraph ?? {};
  const ogType = "type" in openGraph && openGraph.type ? openGraph.type : "website";
  const robots = metadata.robots;

  const tags: HeadTag[] = [
    meta({ name: "description", content: description }),
    ...(robots && typeof robots === "object" && robots.index === false
      ? [
          meta({
            name: "robots",
            content: robots.follow === false ? "noindex, nofollow" : "noindex, follow",
          }),
        ]
      : []),
    { tag: "link", attributes: { rel: "canonical", href: canonical } },
    ...alternateTypeLinks(metadata),
    meta({
      property: "og:title",
      content: requireString(openGraph.title ?? title, "openGraph.title"),
    }),
    meta({ property: "og:description", content: description }),
    meta({ property: "og:url", content: canonical }),
    meta({ property: "og:site_name", content: SITE_NAME }),
    meta({ property: "og:locale", content: SHELL.locale }),
    ...(image ? imageTags("og", image) : []),
    meta({ property: "og:type", content: ogType }),
    meta({ name: "twitter:card", content: "summary_large_image" }),
    meta({ name: "twitter:title", content: title }),
    meta({ name: "twitter:description", content: description }),
    ...(image ? imageTags("twitter", image) : []),
  ];
  return { title: formatTitle(title), tags };
}
