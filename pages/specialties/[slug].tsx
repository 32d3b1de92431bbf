/**
 * /specialties/<slug>: the first page of a specialty's codes, grouped by category. A read-only listing,
 * so like the category listings it is prerendered by the Pages Router with no framework runtime
 * (docs/islands.md).
 */
import type { GetStaticPaths, GetStaticProps } from "next";

import { SpecialtyListing } from "@/components/browse/specialty-listing";
import {
  staticListingPage,
  staticPagePaths,
  staticPageProps,
} from "@/components/layout/static-page";
import { getSpecialtyPageProps, type SpecialtyPageProps } from "@/lib/browse/specialty-page-props";
import { getAllSpecialties } from "@/lib/content";

type Params = { slug: string };

export const config = { unstable_runtimeJS: false };

export const getStaticPaths: GetStaticPaths<Params> = () =>
  staticPagePaths(getAllSpecialties().map(({ slug }) => ({ slug })));

export const getStaticProps: GetStaticProps<SpecialtyPageProps, Params> = ({ params }) =>
  staticPageProps(getSpecialtyPageProps(params?.slug ?? ""));

export default staticListingPage(({ model }: SpecialtyPageProps) => (
  <SpecialtyListing model={model} />
));
