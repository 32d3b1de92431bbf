import Head from "next/head";

import type { PageHeadData } from "@/lib/seo/head-tags";

/** Prints the tags `buildPageHead` computed into a Pages Router page's <head>. */
export function PageHead({ head }: { head: PageHeadData }) {
  return (
    <Head>
      <title>{head.title}</title>
      {head.tags.map(({ tag, attributes }) => {
        const key = Object.values(attributes).slice(0, 2).join(" ");
        return tag === "meta" ? (
          <meta key={key} {...attributes} />
        ) : (
          <link key={key} {...attributes} />
        );
      })}
    </Head>
  );
}
