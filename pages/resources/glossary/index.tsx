/**
 * /resources/glossary: every term A–Z. A read-only listing, so like the code pages its terms link to it
 * is prerendered by the Pages Router with no framework runtime (docs/islands.md).
 */
import type { GetStaticProps } from "next";

import { GlossaryIndexPage } from "@/components/glossary/glossary-index-page";
import { StaticPage, staticPageLayout } from "@/components/layout/static-page";
import { JsonLd } from "@/components/seo/json-ld";
import { PageHead } from "@/components/seo/page-head";
import { PAGE_REVALIDATE_SECONDS } from "@/lib/cache-policy";
import { getGlossaryIndexProps, type GlossaryIndexProps } from "@/lib/glossary/glossary-page-props";

export const config = { unstable_runtimeJS: false };

export const getStaticProps: GetStaticProps<GlossaryIndexProps> = () => ({
  props: getGlossaryIndexProps(),
  revalidate: PAGE_REVALIDATE_SECONDS,
});

export default function GlossaryIndexRoute(props: GlossaryIndexProps) {
  return (
    <StaticPage head={<PageHead head={props.head} />} islandScript={props.islandScript}>
      <JsonLd data={props.structuredData} />
      <GlossaryIndexPage crumbs={props.crumbs} groups={props.groups} letters={props.letters} />
    </StaticPage>
  );
}

// StaticPage draws the site shell itself (components/layout/static-page.tsx).
GlossaryIndexRoute.getLayout = staticPageLayout;
