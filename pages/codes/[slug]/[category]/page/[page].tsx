/**
 * /codes/<system>/<category>/page/<n>: the later pages of a category listing, drawn by the same component
 * as the first page (../../[category].tsx).
 */
import type { GetStaticPaths, GetStaticProps } from "next";

import { getLaterCategoryPageParams } from "@/lib/browse/category-page";
import { PAGE_REVALIDATE_SECONDS } from "@/lib/cache-policy";
import { getCategoryPageProps, type CategoryPageProps } from "@/lib/browse/category-page-props";

export { default } from "../../[category]";

type Params = { slug: string; category: string; page: string };

export const config = { unstable_runtimeJS: false };

export const getStaticPaths: GetStaticPaths<Params> = () => ({
  paths: getLaterCategoryPageParams().map((params) => ({ params })),
  fallback: false,
});

export const getStaticProps: GetStaticProps<CategoryPageProps, Params> = ({ params }) => {
  const props = getCategoryPageProps(
    params?.slug ?? "",
    params?.category ?? "",
    params?.page ?? "",
  );
  return props ? { props, revalidate: PAGE_REVALIDATE_SECONDS } : { notFound: true };
};
