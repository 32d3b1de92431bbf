import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { BlogIndex } from "@/components/blog/blog-index";
import { getAllTags, getPostPage, getPostPageCount } from "@/lib/blog";
import { createBlogMetadata } from "@/lib/blog/metadata";
import { BLOG_PATH, blogPagePath } from "@/lib/blog/paths";
import { toPageLinks, toPostSummary, toTagCloud } from "@/lib/blog/view-models";

export const dynamicParams = false;

/** Page 1 is /blog itself, so this route serves pages 2 and up (none while there are ten posts or fewer). */
export function generateStaticParams() {
  return Array.from({ length: getPostPageCount() - 1 }, (_, index) => ({
    page: String(index + 2),
  }));
}

type Props = { params: Promise<{ page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = Number((await params).page);
  return createBlogMetadata({
    title: `Blog, page ${page}`,
    description: `Older CodeAtlas blog posts, page ${page} of ${getPostPageCount()}.`,
    path: blogPagePath(page),
  });
}

export default async function BlogArchivePage({ params }: Props) {
  const page = Number((await params).page);
  const posts = page >= 2 ? getPostPage(page) : undefined;
  if (!posts) notFound();
  return (
    <BlogIndex
      title={`Blog, page ${page}`}
      intro="Older posts, newest first."
      crumbs={[
        { label: "Home", href: "/" },
        { label: "Blog", href: BLOG_PATH },
        { label: `Page ${page}` },
      ]}
      posts={posts.map(toPostSummary)}
      tags={toTagCloud(getAllTags())}
      currentPage={page}
      pages={toPageLinks(getPostPageCount())}
    />
  );
}
