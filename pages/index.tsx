/**
 * The home page. It only reads, so like the code pages it links to it is prerendered by the Pages
 * Router with no framework runtime: the search form is a plain GET form, enhanced by the island script
 * (docs/islands.md).
 */
import type { GetStaticProps } from "next";

import { HomePage } from "@/components/home/home-page";
import { staticListingPage, staticPageProps } from "@/components/layout/static-page";
import { getHomePageProps, type HomePageProps } from "@/lib/browse/home-page-props";

export const config = { unstable_runtimeJS: false };

export const getStaticProps: GetStaticProps<HomePageProps> = () =>
  staticPageProps(getHomePageProps());

export default staticListingPage(({ systems, popular, recent }: HomePageProps) => (
  <HomePage systems={systems} popular={popular} recent={recent} />
));
