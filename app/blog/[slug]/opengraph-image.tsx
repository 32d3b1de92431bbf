import { notFound } from "next/navigation";
import { ImageResponse } from "next/og";

import { OgCard } from "@/components/seo/og-card";
import { OG_IMAGE_RESPONSE_OPTIONS, OG_IMAGE_SIZE } from "@/lib/seo/preview-image";
import { getAllPosts, getPost } from "@/lib/blog";
import { SITE_NAME } from "@/lib/site";

export const alt = `${SITE_NAME} blog post`;
export const size = OG_IMAGE_SIZE;
export const contentType = "image/png";
export const dynamicParams = false;

export function generateStaticParams() {
  return getAllPosts().map((post) => ({ slug: post.slug }));
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const post = getPost((await params).slug);
  if (!post) notFound();
  return new ImageResponse(
    <OgCard
      eyebrow={`${SITE_NAME} · Blog`}
      title={post.title}
      titleSize={post.title.length > 60 ? 60 : 72}
      footer={post.tags.map((tag) => `#${tag}`).join("  ")}
    />,
    OG_IMAGE_RESPONSE_OPTIONS,
  );
}
