import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { CategoryListing } from "@/components/browse/category-listing";
import {
  getCategoryPage,
  getLaterCategoryPageParams,
  categoryPagePath,
} from "@/lib/browse/category-page";
import { parsePageSegment } from "@/lib/paginate";
import { createMetadata } from "@/lib/seo/metadata";

export const dynamicParams = false;

export function generateStaticParams() {
  return getLaterCategoryPageParams();
}

type Props = { params: Promise<{ slug: string; category: string; page: string }> };

async function lookup(params: Props["params"]) {
  const { slug, category, page } = await params;
  const number = parsePageSegment(page);
  return number === undefined ? undefined : getCategoryPage(slug, category, number);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await lookup(params);
  if (!found) return {};
  const { system, category, page, rows } = found;
  return createMetadata({
    title: `${category.name} (${system.label} ${category.range}), page ${page}`,
    description: `${system.label} ${category.name.toLowerCase()} codes ${rows[0]?.code} to ${rows.at(-1)?.code}: page ${page} of ${found.pages.length}, each code with a plain-language explanation and Medicare status.`,
    path: categoryPagePath(system.id, category.slug, page),
  });
}

export default async function CategoryLaterPage({ params }: Props) {
  const found = await lookup(params);
  if (!found) notFound();
  return <CategoryListing model={found} />;
}
