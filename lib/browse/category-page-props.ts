/**
 * Props for the category listings (pages/codes/[slug]/[category].tsx and its later pages): computed at
 * build time and sent as static HTML with no framework runtime, like the code pages they list.
 */
import { withoutUndefined } from "@/lib/page-props";
import { getIslandScriptUrl } from "@/lib/islands/island-scripts";
import { parsePageSegment } from "@/lib/paginate";
import { buildPageHead, type PageHeadData } from "@/lib/seo/head-tags";
import { createMetadata } from "@/lib/seo/metadata";
import { codePreviewImage } from "@/lib/seo/preview-image";

import { categoryPagePath, getCategoryPage, type CategoryPage } from "./category-page";

export interface CategoryPageProps {
  head: PageHeadData;
  islandScript: string;
  model: CategoryPage;
}

function describe(model: CategoryPage): { title: string; description: string } {
  const { system, category, page, rows, pages } = model;
  if (page === 1)
    return {
      title: `${category.name} (${system.label} ${category.range})`,
      description: `${category.total} ${system.label} ${category.name.toLowerCase()} codes in ${category.range}, each with a plain-language explanation, billing guidance and Medicare status.`,
    };
  return {
    title: `${category.name} (${system.label} ${category.range}), page ${page}`,
    description: `${system.label} ${category.name.toLowerCase()} codes ${rows[0]?.code} to ${rows.at(-1)?.code}: page ${page} of ${pages.length}, each code with a plain-language explanation and Medicare status.`,
  };
}

/**
 * Props for /codes/<system>/<category> (`pageSegment` undefined) or its /page/<n>, or undefined when
 * there is no such page (page 1 has no /page/1 address).
 */
export function getCategoryPageProps(
  systemSlug: string,
  categorySlug: string,
  pageSegment?: string,
): CategoryPageProps | undefined {
  const page = pageSegment === undefined ? 1 : parsePageSegment(pageSegment);
  const model = page === undefined ? undefined : getCategoryPage(systemSlug, categorySlug, page);
  if (!model) return undefined;
  const path = categoryPagePath(model.system.id, model.category.slug, model.page);
  return withoutUndefined({
    // The code system's preview image: a category has none of its own.
    head: buildPageHead(
      createMetadata({ ...describe(model), path }),
      codePreviewImage(model.system.id),
    ),
    islandScript: getIslandScriptUrl("code-page"),
    model,
  });
}
