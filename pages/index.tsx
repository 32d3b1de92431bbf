/**
 * The home page. It only reads, so like the code pages it links to it is prerendered by the Pages
 * Router with no framework runtime: the search form is a plain GET form, enhanced by the island script
 * (docs/islands.md).
 */
import type { GetStaticProps } from "next";

import { HomePage } from "@/components/home/home-page";
import { StaticPage, staticPageLayout } from "@/components/layout/static-page";
import { JsonLd } from "@/components/seo/json-ld";
import { PageHead } from "@/components/seo/page-head";
import { getHomePageProps, type HomePageProps } from "@/lib/browse/home-page-props";
import { PAGE_REVALIDATE_SECONDS } from "@/lib/cache-policy";

export const config = { unstable_runtimeJS: false };

export const getStaticProps: GetStaticProps<HomePageProps> = () => ({
  props: getHomePageProps(),
  revalidate: PAGE_REVALIDATE_SECONDS,
});

export default function HomeRoute(props: HomePageProps) {
  return (
    <StaticPage head={<PageHead head={props.head} />} islandScript={props.islandScript}>
      <JsonLd data={props.structuredData} />
      <HomePage systems={props.systems} popular={props.popular} recent={props.recent} />
    </StaticPage>
  );
}

// StaticPage draws the site shell itself (components/layout/static-page.tsx).
HomeRoute.getLayout = staticPageLayout;
