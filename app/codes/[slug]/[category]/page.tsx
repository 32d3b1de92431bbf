import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { CategoryListing } from "@/components/browse/category-listing";
import { SYSTEM_ORDER, getCategoryWithCodes, getSystemSummary } from "@/lib/codes/browse";
import { isCodeSystemId } from "@/lib/codes/code-system";
import { getCodeRows } from "@/lib/code-page/code-rows";
import { createMetadata } from "@/lib/seo/metadata";
import { categoryPath, systemPath } from "@/lib/site";

export const dynamicParams = false;

export function generateStaticParams() {
  return SYSTEM_ORDER.flatMap((slug) =>
    getSystemSummary(slug).categories.map((category) => ({ slug, category: category.slug })),
  );
}

type Props = { params: Promise<{ slug: string; category: string }> };

function lookup(slug: string, categorySlug: string) {
  if (!isCodeSystemId(slug)) return undefined;
  const category = getCategoryWithCodes(slug, categorySlug);
  return category && { system: getSystemSummary(slug), category };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, category: categorySlug } = await params;
  const found = lookup(slug, categorySlug);
  if (!found) return {};
  const { system, category } = found;
  return createMetadata({
    title: `${category.name} (${system.label} ${category.range})`,
    description: `${category.codes.length} ${system.label} ${category.name.toLowerCase()} codes in ${category.range}, each with a plain-language explanation, billing guidance and Medicare status.`,
    path: categoryPath(slug, categorySlug),
  });
}

export default async function CategoryPage({ params }: Props) {
  const { slug, category: categorySlug } = await params;
  const found = lookup(slug, categorySlug);
  if (!found) notFound();
  const { system, category } = found;
  return (
    <CategoryListing
      systemLabel={system.label}
      systemHref={systemPath(system.id)}
      category={category}
      rows={getCodeRows(category.codes)}
    />
  );
}
