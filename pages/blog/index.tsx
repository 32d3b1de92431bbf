/**
 * /blog: the newest posts. A read-only listing, so it is prerendered by the Pages Router with no framework
 * runtime (docs/islands.md); the posts it lists are App Router pages.
 */
import type { GetStaticProps } from "next";

import { BlogIndex } from "@/components/blog/blog-index";
import { staticListingPage, staticPageProps } from "@/components/layout/static-page";
import { getBlogIndexProps, type BlogIndexProps } from "@/lib/blog/blog-index-props";

export const config = { unstable_runtimeJS: false };

export const getStaticProps: GetStaticProps<BlogIndexProps> = () =>
  staticPageProps(getBlogIndexProps());

export default staticListingPage(({ listing }: BlogIndexProps) => <BlogIndex {...listing} />);
