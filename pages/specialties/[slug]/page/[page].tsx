/**
 * /specialties/<slug>/page/<n>: the later pages of a specialty's codes, drawn by the same component as
 * the first page (../../[slug].tsx).
 */
import type { GetStaticPaths, GetStaticProps } from "next";

import { staticPagePaths, staticPageProps } from "@/components/layout/static-page";
import { getLaterSpecialtyPageParams } from "@/lib/browse/specialty-page";
import { getSpecialtyPageProps, type SpecialtyPageProps } from "@/lib/browse/specialty-page-props";

export { default } from "../../[slug]";

type Params = { slug: string; page: string };

export const config = { unstable_runtimeJS: false };

export const getStaticPaths: GetStaticPaths<Params> = () =>
  staticPagePaths(getLaterSpecialtyPageParams());

export const getStaticProps: GetStaticProps<SpecialtyPageProps, Params> = ({ params }) =>
  staticPageProps(getSpecialtyPageProps(params?.slug ?? "", params?.page ?? ""));
