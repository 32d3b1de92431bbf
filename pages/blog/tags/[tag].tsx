/**
 * /blog/tags/<tag>: the posts on one topic, drawn by the same component as /blog (../index.tsx).
 */
import type { GetStaticPaths, GetStaticProps } from "next";

import { getAllTags } from "@/lib/blog";
import { getBlogTagProps, type BlogIndexProps } from "@/lib/blog/blog-index-props";
import { PAGE_REVALIDATE_SECONDS } from "@/lib/cache-policy";

export { default } from "../index";

type Params = { tag: string };

export const config = { unstable_runtimeJS: false };

export const getStaticPaths: GetStaticPaths<Params> = () => ({
  paths: getAllTags().map(({ tag }) => ({ params: { tag } })),
  fallback: false,
});

export const getStaticProps: GetStaticProps<BlogIndexProps, Params> = ({ params }) => {
  const props = getBlogTagProps(params?.tag ?? "");
  return props ? { props, revalidate: PAGE_REVALIDATE_SECONDS } : { notFound: true };
};
