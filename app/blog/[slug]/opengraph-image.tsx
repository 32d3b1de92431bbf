import { ImageResponse } from "next/og";

import { getAllPosts, getPost } from "@/lib/blog";
import { SITE_NAME } from "@/lib/site";

export const alt = `${SITE_NAME} blog post`;
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";
export const dynamicParams = false;

export function generateStaticParams() {
  return getAllPosts().map((post) => ({ slug: post.slug }));
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const post = getPost((await params).slug);
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: 72,
        background: "#0f3d47",
        color: "#ffffff",
      }}
    >
      <div style={{ display: "flex", fontSize: 32, color: "#a5e3ec" }}>{SITE_NAME} · Blog</div>
      <div
        style={{
          display: "flex",
          fontSize: post && post.title.length > 60 ? 60 : 72,
          fontWeight: 700,
          lineHeight: 1.15,
        }}
      >
        {post?.title ?? SITE_NAME}
      </div>
      <div style={{ display: "flex", fontSize: 28, color: "#d7eef2" }}>
        {post?.tags.map((tag) => `#${tag}`).join("  ")}
      </div>
    </div>,
    size,
  );
}
