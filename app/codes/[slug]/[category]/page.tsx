import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { CategoryListing } from "@/components/browse/category-listing";
import { SYSTEM_ORDER, getSystemSummary } from "@/lib/browse/browse-index";
import { getCategoryPage } from "@/lib/browse/category-page";
import { createMetadata } from "@/lib/seo/metadata";
import { categoryPath } from "@/lib/site";

export const dynamicParams = false;

export function generateStaticParams() {
  return SYSTEM_ORDER.flatMap((slug) =>
    getSystemSummary(slug).categories.map((category) => ({ slug, category: category.slug })),
  );
}

type Props = { params: Promise<{ slug: string; category: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, category: categorySlug } = await params;
  const found = getCategoryPage(slug, categorySlug, 1);
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
  const found = getCategoryPage(slug, categorySlug, 1);
  if (!found) notFound();
  return <CategoryListing model={found} />;
}
