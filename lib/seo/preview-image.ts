import { cacheHeaders } from "@/lib/cache-policy";
import type { PreviewImage } from "@/lib/seo/head-tags";
import { SITE_NAME } from "@/lib/site";

/** Every link-preview image (Open Graph and Twitter cards) is 1200×630. */
export const OG_IMAGE_SIZE = { width: 1200, height: 630 };

/**
 * The options of every preview image's ImageResponse: its size and its Cache-Control (lib/cache-policy.ts),
 * which replaces ImageResponse's own `max-age=0, must-revalidate`.
 */
export const OG_IMAGE_RESPONSE_OPTIONS = {
  ...OG_IMAGE_SIZE,
  headers: cacheHeaders("previewImage"),
};

/** Alt text of the preview image of a code or code-system page. */
export const CODE_PREVIEW_ALT = `${SITE_NAME} billing code reference`;

/** The preview image app/codes/[slug]/opengraph-image.tsx draws for /codes/<slug>. */
export function codePreviewImage(slug: string): PreviewImage {
  return { path: `/codes/${slug}/opengraph-image`, alt: CODE_PREVIEW_ALT, ...OG_IMAGE_SIZE };
}
