/**
 * /blog: the newest posts. A read-only listing, so it is prerendered by the Pages Router with no framework
 * runtime (docs/islands.md); the posts it lists are App Router pages.
 */
import type { GetStaticProps } from "next";

import { BlogIndex } from "@/components/blog/blog-index";
import { StaticPage, staticPageLayout } from "@/components/layout/static-page";
import { PageHead } from "@/components/seo/page-head";
import { getBlogIndexProps, type BlogIndexProps } from "@/lib/blog/blog-index-props";
import { PAGE_REVALIDATE_SECONDS } from "@/lib/cache-policy";

export const config = { unstable_runtimeJS: false };

export const getStaticProps: GetStaticProps<BlogIndexProps> = () => {
  const props = getBlogIndexProps();
  return props ? { props, revalidate: PAGE_REVALIDATE_SECONDS } : { notFound: true };
};

export default function BlogIndexRoute({ head, islandScript, listing }: BlogIndexProps) {
  return (
    <StaticPage head={<PageHead head={head} />} islandScript={islandScript}>
      <BlogIndex {...listing} />
    </StaticPage>
  );
}

// StaticPage draws the site shell itself (components/layout/static-page.tsx).
BlogIndexRoute.getLayout = staticPageLayout;
