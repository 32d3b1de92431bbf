import { notFound } from "next/navigation";
import { ImageResponse } from "next/og";

import { OgCard } from "@/components/seo/og-card";
import {
  CODE_PREVIEW_ALT,
  OG_IMAGE_RESPONSE_OPTIONS,
  OG_IMAGE_SIZE,
} from "@/lib/seo/preview-image";
import { getCodeSystem, isCodeSystemId } from "@/lib/codes/code-system";
import { getCodeEntry } from "@/lib/code-index";
import { getCode } from "@/lib/content";
import { SITE_NAME } from "@/lib/site";

export const alt = CODE_PREVIEW_ALT;
export const size = OG_IMAGE_SIZE;
export const contentType = "image/png";

// Rendered on first request and then cached, not at build time: see "Link preview images" in the README.
export function generateStaticParams() {
  return [];
}

/** Link-preview card: code, name, code system and site name. */
export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const record = getCode(slug);
  if (record) {
    const system = getCodeSystem(record.system);
    return new ImageResponse(
      <OgCard
        eyebrow={SITE_NAME}
        title={record.code}
        titleSize={120}
        subtitle={record.name}
        footer={`${system.label} · ${record.category.name}`}
      />,
      OG_IMAGE_RESPONSE_OPTIONS,
    );
  }
  const entry = getCodeEntry(slug);
  if (entry) {
    // A reference or deleted page: no name of ours, and never the AMA or ADA descriptor.
    const system = getCodeSystem(entry.system);
    const subtitle =
      entry.kind === "deleted"
        ? `Deleted ${system.label} code`
        : entry.name && entry.system === "hcpcs"
          ? entry.name.length > 110
            ? `${entry.name.slice(0, 107)}…`
            : entry.name
          : `${system.label} code: ${entry.section?.name ?? entry.category.name}`;
    return new ImageResponse(
      <OgCard
        eyebrow={SITE_NAME}
        title={entry.code}
        titleSize={120}
        subtitle={subtitle}
        footer={`${system.label} · ${entry.category.name} · Medicare figures`}
      />,
      OG_IMAGE_RESPONSE_OPTIONS,
    );
  }
  if (!isCodeSystemId(slug)) notFound();
  const system = getCodeSystem(slug);
  return new ImageResponse(
    <OgCard
      eyebrow={SITE_NAME}
      title={`${system.label} codes`}
      titleSize={96}
      subtitle={system.name}
      footer="Browse by category"
    />,
    OG_IMAGE_RESPONSE_OPTIONS,
  );
}
