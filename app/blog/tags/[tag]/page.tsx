import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { BlogIndex } from "@/components/blog/blog-index";
import { getAllTags, getPostsByTag } from "@/lib/blog";
import { createBlogMetadata } from "@/lib/blog/metadata";
import { BLOG_PATH, tagPath } from "@/lib/blog/paths";
import { toPostSummary, toTagCloud } from "@/lib/blog/view-models";

export const dynamicParams = false;

export function generateStaticParams() {
  return getAllTags().map(({ tag }) => ({ tag }));
}

type Props = { params: Promise<{ tag: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tag } = await params;
  const count = getPostsByTag(tag).length;
  return createBlogMetadata({
    title: `Posts tagged “${tag}”`,
    description: `${count} CodeAtlas blog ${count === 1 ? "post" : "posts"} tagged “${tag}”, newest first: billing codes, RVUs and the fee schedule explained.`,
    path: tagPath(tag),
  });
}

export default async function BlogTagPage({ params }: Props) {
  const { tag } = await params;
  const posts = getPostsByTag(tag);
  if (posts.length === 0) notFound();
  return (
    <BlogIndex
      title={`Posts tagged “${tag}”`}
      intro={`${posts.length} ${posts.length === 1 ? "post" : "posts"} on this topic, newest first.`}
      crumbs={[
        { label: "Home", href: "/" },
        { label: "Blog", href: BLOG_PATH },
        { label: `#${tag}` },
      ]}
      posts={posts.map(toPostSummary)}
      tags={toTagCloud(getAllTags())}
      currentTag={tag}
    />
  );
}
