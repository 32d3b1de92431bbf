/**
 * /codes/<system>/<category>: the first page of a category's codes. A read-only listing, so like the code
 * pages it lists it is prerendered by the Pages Router with no framework runtime (docs/islands.md).
 */
import type { GetStaticPaths, GetStaticProps } from "next";

import { CategoryListing } from "@/components/browse/category-listing";
import { StaticPage, staticPageLayout } from "@/components/layout/static-page";
import { PageHead } from "@/components/seo/page-head";
import { getCategoryParams } from "@/lib/browse/category-page";
import { PAGE_REVALIDATE_SECONDS } from "@/lib/cache-policy";
import { getCategoryPageProps, type CategoryPageProps } from "@/lib/browse/category-page-props";

type Params = { slug: string; category: string };

export const config = { unstable_runtimeJS: false };

export const getStaticPaths: GetStaticPaths<Params> = () => ({
  paths: getCategoryParams().map((params) => ({ params })),
  fallback: false,
});

export const getStaticProps: GetStaticProps<CategoryPageProps, Params> = ({ params }) => {
  const props = getCategoryPageProps(params?.slug ?? "", params?.category ?? "");
  return props ? { props, revalidate: PAGE_REVALIDATE_SECONDS } : { notFound: true };
};

export default function CategoryRoute({ head, islandScript, model }: CategoryPageProps) {
  return (
    <StaticPage head={<PageHead head={head} />} islandScript={islandScript}>
      <CategoryListing model={model} />
    </StaticPage>
  );
}

// StaticPage draws the site shell itself (components/layout/static-page.tsx).
CategoryRoute.getLayout = staticPageLayout;
