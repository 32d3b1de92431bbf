import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { PostArticle } from "@/components/blog/post-article";
import { JsonLd } from "@/components/seo/json-ld";
import { getAllPosts, getPost } from "@/lib/blog";
import { buildBlogPostingJsonLd } from "@/lib/blog/json-ld";
import { createPostMetadata } from "@/lib/blog/metadata";
import { BLOG_PATH } from "@/lib/blog/paths";
import { toPostArticle } from "@/lib/blog/view-models";
import { buildBreadcrumbList } from "@/lib/seo/structured-data";

export const dynamicParams = false;

export function generateStaticParams() {
  return getAllPosts().map((post) => ({ slug: post.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = getPost((await params).slug);
  return post ? createPostMetadata(post) : {};
}

export default async function BlogPostPage({ params }: Props) {
  const post = getPost((await params).slug);
  if (!post) notFound();
  const crumbs = [
    { label: "Home", href: "/" },
    { label: "Blog", href: BLOG_PATH },
    { label: post.title },
  ];
  return (
    <>
      <JsonLd data={[buildBlogPostingJsonLd(post), buildBreadcrumbList(crumbs, post.href)]} />
      <PostArticle post={toPostArticle(post)} crumbs={crumbs} />
    </>
  );
}
