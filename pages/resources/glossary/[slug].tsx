/**
 * /resources/glossary/<slug>: one term, explained. Read, not used, so it is prerendered by the Pages
 * Router with no framework runtime, like the code pages it links to (docs/islands.md).
 */
import type { GetStaticPaths, GetStaticProps } from "next";

import { GlossaryTermArticle } from "@/components/glossary/glossary-term-article";
import { StaticPage, staticPageLayout } from "@/components/layout/static-page";
import { JsonLd } from "@/components/seo/json-ld";
import { PageHead } from "@/components/seo/page-head";
import { PAGE_REVALIDATE_SECONDS } from "@/lib/cache-policy";
import { getAllTerms } from "@/lib/glossary";
import { getGlossaryTermProps, type GlossaryTermProps } from "@/lib/glossary/glossary-page-props";

type Params = { slug: string };

export const config = { unstable_runtimeJS: false };

export const getStaticPaths: GetStaticPaths<Params> = () => ({
  paths: getAllTerms().map((term) => ({ params: { slug: term.slug } })),
  fallback: false,
});

export const getStaticProps: GetStaticProps<GlossaryTermProps, Params> = ({ params }) => {
  const props = getGlossaryTermProps(params?.slug ?? "");
  return props ? { props, revalidate: PAGE_REVALIDATE_SECONDS } : { notFound: true };
};

export default function GlossaryTermRoute(props: GlossaryTermProps) {
  return (
    <StaticPage head={<PageHead head={props.head} />} islandScript={props.islandScript}>
      <JsonLd data={props.structuredData} />
      <GlossaryTermArticle view={props.view} related={props.related} crumbs={props.crumbs} />
    </StaticPage>
  );
}

// StaticPage draws the site shell itself (components/layout/static-page.tsx).
GlossaryTermRoute.getLayout = staticPageLayout;
