/**
 * /blog/page/<n>: older posts, drawn by the same component as /blog (../index.tsx). Page 1 is /blog
 * itself, so this route serves pages 2 and up (none while there are ten posts or fewer).
 */
import type { GetStaticPaths, GetStaticProps } from "next";

import {
  getBlogIndexProps,
  getLaterBlogPageParams,
  type BlogIndexProps,
} from "@/lib/blog/blog-index-props";
import { PAGE_REVALIDATE_SECONDS } from "@/lib/cache-policy";

export { default } from "../index";

type Params = { page: string };

export const config = { unstable_runtimeJS: false };

export const getStaticPaths: GetStaticPaths<Params> = () => ({
  paths: getLaterBlogPageParams().map((params) => ({ params })),
  fallback: false,
});

export const getStaticProps: GetStaticProps<BlogIndexProps, Params> = ({ params }) => {
  const props = getBlogIndexProps(params?.page ?? "");
  return props ? { props, revalidate: PAGE_REVALIDATE_SECONDS } : { notFound: true };
};
