/** /modifiers/<MOD>: one modifier, prerendered without a framework runtime like code pages. */
import type { GetStaticPaths, GetStaticProps } from "next";

import { StaticPage, staticPageLayout } from "@/components/layout/static-page";
import { ModifierPage } from "@/components/modifiers/modifier-page";
import { JsonLd } from "@/components/seo/json-ld";
import { PageHead } from "@/components/seo/page-head";
import { getHcpcsRelease } from "@/lib/fee-schedule/load";
import {
  getModifierPageProps,
  getModifierSlugs,
  type ModifierPageProps,
} from "@/lib/modifiers/page-props";
import { PAGE_REVALIDATE_SECONDS } from "@/lib/cache-policy";

type Params = { modifier: string };

export const config = { unstable_runtimeJS: false };

export const getStaticPaths: GetStaticPaths<Params> = () => ({
  paths: getModifierSlugs().map((modifier) => ({ params: { modifier } })),
  fallback: false,
});

export const getStaticProps: GetStaticProps<ModifierPageProps, Params> = ({ params }) => {
  const props = getModifierPageProps(params?.modifier ?? "", getHcpcsRelease()?.label);
  return props ? { props, revalidate: PAGE_REVALIDATE_SECONDS } : { notFound: true };
};

export default function ModifierRoute(props: ModifierPageProps) {
  return (
    <StaticPage head={<PageHead head={props.head} />} islandScript={props.islandScript}>
      <JsonLd data={props.structuredData} />
      <ModifierPage {...props} />
    </StaticPage>
  );
}

// StaticPage draws the site shell itself (components/layout/static-page.tsx).
ModifierRoute.getLayout = staticPageLayout;
