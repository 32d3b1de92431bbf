import { notFound } from "next/navigation";
import { ImageResponse } from "next/og";

import { OgCard } from "@/components/seo/og-card";
import { getModifier } from "@/lib/modifiers";
import { OG_IMAGE_RESPONSE_OPTIONS, OG_IMAGE_SIZE } from "@/lib/seo/preview-image";
import { SITE_NAME } from "@/lib/site";

export const alt = "CodeAtlas modifier reference";
export const size = OG_IMAGE_SIZE;
export const contentType = "image/png";

// Rendered on first request and then cached, like the code pages' cards.
export function generateStaticParams() {
  return [];
}

/** Link-preview card of /modifiers (slug "index") and /modifiers/<MOD>. */
export default async function Image({ params }: { params: Promise<{ modifier: string }> }) {
  const { modifier: slug } = await params;
  if (slug === "index") {
    return new ImageResponse(
      <OgCard
        eyebrow={SITE_NAME}
        title="Modifiers"
        titleSize={110}
        subtitle="CPT and HCPCS Level II"
        footer="When to use each, what payers check"
      />,
      OG_IMAGE_RESPONSE_OPTIONS,
    );
  }
  const modifier = getModifier(slug);
  if (!modifier) notFound();
  return new ImageResponse(
    <OgCard
      eyebrow={SITE_NAME}
      title={`Modifier ${modifier.modifier}`}
      titleSize={110}
      subtitle={modifier.name.length > 110 ? `${modifier.name.slice(0, 107)}…` : modifier.name}
      footer={`${modifier.system} modifier`}
    />,
    OG_IMAGE_RESPONSE_OPTIONS,
  );
}
