/**
 * /specialties/<slug>/page/<n>: the later pages of a specialty's codes, drawn by the same component as
 * the first page (../../[slug].tsx).
 */
import type { GetStaticPaths, GetStaticProps } from "next";

import { getLaterSpecialtyPageParams } from "@/lib/browse/specialty-page";
import { getSpecialtyPageProps, type SpecialtyPageProps } from "@/lib/browse/specialty-page-props";
import { PAGE_REVALIDATE_SECONDS } from "@/lib/cache-policy";

export { default } from "../../[slug]";

type Params = { slug: string; page: string };

export const config = { unstable_runtimeJS: false };

export const getStaticPaths: GetStaticPaths<Params> = () => ({
  paths: getLaterSpecialtyPageParams().map((params) => ({ params })),
  fallback: false,
});

export const getStaticProps: GetStaticProps<SpecialtyPageProps, Params> = ({ params }) => {
  const props = getSpecialtyPageProps(params?.slug ?? "", params?.page ?? "");
  return props ? { props, revalidate: PAGE_REVALIDATE_SECONDS } : { notFound: true };
};
