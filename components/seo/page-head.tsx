import Head from "next/head";

import type { HeadTag, PageHeadData } from "@/lib/seo/head-tags";

/**
 * Head tags as elements, for next/head or next/document's <Head>. A function rather than a component:
 * both take their tags as direct children (next/head de-duplicates and marks them).
 */
export function renderHeadTags(tags: readonly HeadTag[]) {
  return tags.map(({ tag, attributes }) => {
    const key = Object.values(attributes).slice(0, 2).join(" ");
    return tag === "meta" ? <meta key={key} {...attributes} /> : <link key={key} {...attributes} />;
  });
}

/** Prints the tags `buildPageHead` computed into a Pages Router page's <head>. */
export function PageHead({ head }: { head: PageHeadData }) {
  return (
    <Head>
      <title>{head.title}</title>
      {renderHeadTags(head.tags)}
    </Head>
  );
}
