/**
 * /specialties/<slug>: the first page of a specialty's codes, grouped by category. A read-only listing,
 * so like the category listings it is prerendered by the Pages Router with no framework runtime
 * (docs/islands.md).
 */
import type { GetStaticPaths, GetStaticProps } from "next";

import { SpecialtyListing } from "@/components/browse/specialty-listing";
import { StaticPage, staticPageLayout } from "@/components/layout/static-page";
import { PageHead } from "@/components/seo/page-head";
import { getSpecialtyPageProps, type SpecialtyPageProps } from "@/lib/browse/specialty-page-props";
import { PAGE_REVALIDATE_SECONDS } from "@/lib/cache-policy";
import { getAllSpecialties } from "@/lib/content";

type Params = { slug: string };

export const config = { unstable_runtimeJS: false };

export const getStaticPaths: GetStaticPaths<Params> = () => ({
  paths: getAllSpecialties().map((specialty) => ({ params: { slug: specialty.slug } })),
  fallback: false,
});

export const getStaticProps: GetStaticProps<SpecialtyPageProps, Params> = ({ params }) => {
  const props = getSpecialtyPageProps(params?.slug ?? "");
  return props ? { props, revalidate: PAGE_REVALIDATE_SECONDS } : { notFound: true };
};

export default function SpecialtyRoute({ head, islandScript, model }: SpecialtyPageProps) {
  return (
    <StaticPage head={<PageHead head={head} />} islandScript={islandScript}>
      <SpecialtyListing model={model} />
    </StaticPage>
  );
}

// StaticPage draws the site shell itself (components/layout/static-page.tsx).
SpecialtyRoute.getLayout = staticPageLayout;
