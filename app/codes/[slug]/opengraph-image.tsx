import { notFound } from "next/navigation";
import { ImageResponse } from "next/og";

import { getCodeSystem, isCodeSystemId } from "@/lib/codes/code-system";
import { getCode } from "@/lib/content";
import { SITE_NAME } from "@/lib/site";

export const alt = `${SITE_NAME} billing code reference`;
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";
// Rendered on first request and then cached, not at build time: see "Link preview images" in the README.
export function generateStaticParams() {
  return [];
}

/** Link-preview card: code, name, code system and site name, 1200×630. */
export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const record = getCode(slug);
  if (!record && !isCodeSystemId(slug)) notFound();
  const heading = record
    ? record.code
    : isCodeSystemId(slug)
      ? `${getCodeSystem(slug).label} codes`
      : SITE_NAME;
  const subtitle = record ? record.name : isCodeSystemId(slug) ? getCodeSystem(slug).name : "";
  const badge = record
    ? `${getCodeSystem(record.system).label} · ${record.category.name}`
    : "Browse by category";
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
      <div style={{ display: "flex", fontSize: 32, color: "#a5e3ec" }}>{SITE_NAME}</div>
      <div style={{ display: "flex", flexDirection: "column", gap: 16 }}>
        <div style={{ display: "flex", fontSize: 120, fontWeight: 700, letterSpacing: -2 }}>
          {heading}
        </div>
        <div
          style={{ display: "flex", fontSize: subtitle.length > 50 ? 48 : 60, lineHeight: 1.15 }}
        >
          {subtitle}
        </div>
      </div>
      <div style={{ display: "flex", fontSize: 32, color: "#d7eef2" }}>{badge}</div>
    </div>,
    size,
  );
}
