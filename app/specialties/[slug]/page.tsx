import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { SpecialtyListing } from "@/components/browse/specialty-listing";
import { getSpecialtyPage } from "@/lib/browse/specialty-page";
import { getAllSpecialties, getSpecialty } from "@/lib/content";
import { createMetadata } from "@/lib/seo/metadata";
import { specialtyPath } from "@/lib/site";

export const dynamicParams = false;

export function generateStaticParams() {
  return getAllSpecialties().map((specialty) => ({ slug: specialty.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const specialty = getSpecialty((await params).slug);
  if (!specialty) return {};
  return createMetadata({
    title: `${specialty.name}: billing codes and what they cover`,
    description: specialty.summary,
    path: specialtyPath(specialty.slug),
  });
}

export default async function SpecialtyPage({ params }: Props) {
  const model = getSpecialtyPage((await params).slug, 1);
  if (!model) notFound();
  return <SpecialtyListing model={model} />;
}
