import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { CareerGuideArticle } from "@/components/career/career-guide-article";
import { JsonLd } from "@/components/seo/json-ld";
import { getAllCareerGuides, getCareerGuide } from "@/lib/career";
import { buildGuideArticle } from "@/lib/career/structured-data";
import { createMetadata } from "@/lib/seo/metadata";
import { buildBreadcrumbList } from "@/lib/seo/structured-data";
import { CAREER_PATH, careerGuidePath } from "@/lib/site";

export const dynamicParams = false;

export function generateStaticParams() {
  return getAllCareerGuides().map((guide) => ({ stage: guide.slug }));
}

type Props = { params: Promise<{ stage: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const guide = getCareerGuide((await params).stage);
  if (!guide) return {};
  const metadata = createMetadata({
    title: guide.title,
    description: guide.description,
    path: careerGuidePath(guide.slug),
  });
  return { ...metadata, openGraph: { ...metadata.openGraph, type: "article" } };
}

export default async function CareerGuidePage({ params }: Props) {
  const guide = getCareerGuide((await params).stage);
  if (!guide) notFound();
  const crumbs = [
    { label: "Home", href: "/" },
    { label: "Career stage", href: CAREER_PATH },
    { label: guide.label },
  ];
  return (
    <>
      <JsonLd
        data={[buildGuideArticle(guide), buildBreadcrumbList(crumbs, careerGuidePath(guide.slug))]}
      />
      <CareerGuideArticle
        view={{ ...guide, releaseLabels: guide.releases.map((release) => release.label) }}
        crumbs={crumbs}
        otherGuides={getAllCareerGuides().filter((other) => other.slug !== guide.slug)}
      />
    </>
  );
}
