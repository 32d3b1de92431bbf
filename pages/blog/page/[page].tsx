/**
 * /blog/page/<n>: older posts, drawn by the same component as /blog (../index.tsx). Page 1 is /blog
 * itself, so this route serves pages 2 and up (none while there are ten posts or fewer).
 */
import type { GetStaticPaths, GetStaticProps } from "next";

import { staticPagePaths, staticPageProps } from "@/components/layout/static-page";
import {
  getBlogIndexProps,
  getLaterBlogPageParams,
  type BlogIndexProps,
} from "@/lib/blog/blog-index-props";

export { default } from "../index";

type Params = { page: string };

export const config = { unstable_runtimeJS: false };

export const getStaticPaths: GetStaticPaths<Params> = () =>
  staticPagePaths(getLaterBlogPageParams());

export const getStaticProps: GetStaticProps<BlogIndexProps, Params> = ({ params }) =>
  staticPageProps(getBlogIndexProps(params?.page ?? ""));
