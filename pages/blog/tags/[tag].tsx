/**
 * /blog/tags/<tag>: the posts on one topic, drawn by the same component as /blog (../index.tsx).
 */
import type { GetStaticPaths, GetStaticProps } from "next";

import { staticPagePaths, staticPageProps } from "@/components/layout/static-page";
import { getAllTags } from "@/lib/blog";
import { getBlogTagProps, type BlogIndexProps } from "@/lib/blog/blog-index-props";

export { default } from "../index";

type Params = { tag: string };

export const config = { unstable_runtimeJS: false };

export const getStaticPaths: GetStaticPaths<Params> = () =>
  staticPagePaths(getAllTags().map(({ tag }) => ({ tag })));

export const getStaticProps: GetStaticProps<BlogIndexProps, Params> = ({ params }) =>
  staticPageProps(getBlogTagProps(params?.tag ?? ""));
