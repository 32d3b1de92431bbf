import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { SpecialtyListing } from "@/components/browse/specialty-listing";
import { parsePageSegment } from "@/lib/paginate";
import {
  getLaterSpecialtyPageParams,
  getSpecialtyPage,
  specialtyPagePath,
} from "@/lib/browse/specialty-page";
import { createMetadata } from "@/lib/seo/metadata";

export const dynamicParams = false;

export function generateStaticParams() {
  return getLaterSpecialtyPageParams();
}

type Props = { params: Promise<{ slug: string; page: string }> };

async function lookup(params: Props["params"]) {
  const { slug, page } = await params;
  const number = parsePageSegment(page);
  return number === undefined ? undefined : getSpecialtyPage(slug, number);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const model = await lookup(params);
  if (!model) return {};
  return createMetadata({
    title: `${model.specialty.name}: billing codes, page ${model.page}`,
    description: `Page ${model.page} of ${model.pages.length} of the ${model.total} billing codes ${model.specialty.name.toLowerCase()} reports, grouped by category with Medicare status.`,
    path: specialtyPagePath(model.specialty.slug, model.page),
  });
}

export default async function SpecialtyLaterPage({ params }: Props) {
  const model = await lookup(params);
  if (!model) notFound();
  return <SpecialtyListing model={model} />;
}
