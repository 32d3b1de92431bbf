/**
 * /codes/<system>/<category>: the first page of a category's codes. A read-only listing, so like the code
 * pages it lists it is prerendered by the Pages Router with no framework runtime (docs/islands.md).
 */
import type { GetStaticPaths, GetStaticProps } from "next";

import { CategoryListing } from "@/components/browse/category-listing";
import {
  staticListingPage,
  staticPagePaths,
  staticPageProps,
} from "@/components/layout/static-page";
import { getCategoryParams } from "@/lib/browse/category-page";
import { getCategoryPageProps, type CategoryPageProps } from "@/lib/browse/category-page-props";

type Params = { slug: string; category: string };

export const config = { unstable_runtimeJS: false };

export const getStaticPaths: GetStaticPaths<Params> = () => staticPagePaths(getCategoryParams());

export const getStaticProps: GetStaticProps<CategoryPageProps, Params> = ({ params }) =>
  staticPageProps(getCategoryPageProps(params?.slug ?? "", params?.category ?? ""));

export default staticListingPage(({ model }: CategoryPageProps) => (
  <CategoryListing model={model} />
));
