/**
 * /codes/<system>/<category>/page/<n>: the later pages of a category listing, drawn by the same component
 * as the first page (../../[category].tsx).
 */
import type { GetStaticPaths, GetStaticProps } from "next";

import { staticPagePaths, staticPageProps } from "@/components/layout/static-page";
import { getLaterCategoryPageParams } from "@/lib/browse/category-page";
import { getCategoryPageProps, type CategoryPageProps } from "@/lib/browse/category-page-props";

export { default } from "../../[category]";

type Params = { slug: string; category: string; page: string };

export const config = { unstable_runtimeJS: false };

export const getStaticPaths: GetStaticPaths<Params> = () =>
  staticPagePaths(getLaterCategoryPageParams());

export const getStaticProps: GetStaticProps<CategoryPageProps, Params> = ({ params }) =>
  staticPageProps(
    getCategoryPageProps(params?.slug ?? "", params?.category ?? "", params?.page ?? ""),
  );
