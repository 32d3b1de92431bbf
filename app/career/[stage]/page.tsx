import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { ComingSoon } from "@/components/browse/coming-soon";
import { CAREER_STAGES } from "@/lib/coming-soon";
import { createMetadata } from "@/lib/seo/metadata";

export const dynamicParams = false;

export function generateStaticParams() {
  return CAREER_STAGES.map((stage) => ({ stage: stage.slug }));
}

type Props = { params: Promise<{ stage: string }> };

function findStage(slug: string) {
  return CAREER_STAGES.find((stage) => stage.slug === slug);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const stage = findStage((await params).stage);
  if (!stage) return {};
  return createMetadata({
    title: `Billing codes and RVUs for ${stage.label.toLowerCase()}`,
    description: `A CodeAtlas guide to billing codes, RVUs and productivity written for ${stage.label.toLowerCase()}: coming soon.`,
    path: `/career/${stage.slug}`,
  });
}

export default async function CareerStagePage({ params }: Props) {
  const stage = findStage((await params).stage);
  if (!stage) notFound();
  return (
    <ComingSoon
      title={`Guide for ${stage.label.toLowerCase()}`}
      crumbs={[{ label: "Home", href: "/" }, { label: "Career stage", href: "/career" }, { label: stage.label }]}
    >
      <p>This guide is being written. It will cover the codes {stage.label.toLowerCase()} meet first, how RVUs and wRVUs measure clinical work, and how to read a CodeAtlas code page, with worked examples from the CMS fee schedule.</p>
    </ComingSoon>
  );
}
