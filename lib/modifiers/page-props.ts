/**
 * Props for the modifier pages (pages/modifiers): computed at build time, sent as static HTML with no
 * framework runtime, like code pages.
 */
import type { WithContext, Thing } from "schema-dts";

import { withoutUndefined } from "@/lib/page-props";
import { getIslandScriptUrl } from "@/lib/islands/island-scripts";
import { buildPageHead, type PageHeadData } from "@/lib/seo/head-tags";
import { createMetadata, fitDescription } from "@/lib/seo/metadata";
import { OG_IMAGE_SIZE } from "@/lib/seo/preview-image";
import { buildBreadcrumbList } from "@/lib/seo/structured-data";
import { MODIFIERS_PATH, modifierPath } from "@/lib/site";

import { getAllModifiers, getModifier, type Modifier } from "./index";

export interface ModifierListItem {
  modifier: string;
  name: string;
  href: string;
  explained: boolean;
}

export interface ModifierIndexProps {
  head: PageHeadData;
  islandScript: string;
  cpt: ModifierListItem[];
  hcpcs: ModifierListItem[];
  hcpcsSource: string | undefined;
}

export interface ModifierPageProps {
  head: PageHeadData;
  islandScript: string;
  modifier: Pick<Modifier, "modifier" | "system" | "name" | "hcpcsDescription"> & {
    summary: string | undefined;
    html: string | undefined;
    lastReviewed: string | undefined;
    indicators: string[];
  };
  related: ModifierListItem[];
  hcpcsSource: string | undefined;
  breadcrumbs: { label: string; href?: string }[];
  structuredData: WithContext<Thing>[];
}

function previewImage(slug: string) {
  return {
    path: `/modifiers/${slug}/opengraph-image`,
    alt: "CodeAtlas modifier reference",
    ...OG_IMAGE_SIZE,
  };
}

function listItem(item: Modifier): ModifierListItem {
  return {
    modifier: item.modifier,
    name: item.name,
    href: modifierPath(item.modifier),
    explained: Boolean(item.record),
  };
}

export function getModifierIndexProps(hcpcsSource: string | undefined): ModifierIndexProps {
  const all = getAllModifiers();
  const metadata = createMetadata({
    title: "Billing code modifiers: CPT and HCPCS Level II",
    description:
      "Every HCPCS Level II modifier with CMS's description, and the CPT modifiers coders use most explained in plain words: when to use each and what payers check.",
    path: MODIFIERS_PATH,
  });
  return withoutUndefined({
    head: buildPageHead(metadata, previewImage("index")),
    islandScript: getIslandScriptUrl("code-page"),
    cpt: all.filter((item) => item.system === "CPT").map(listItem),
    hcpcs: all.filter((item) => item.system === "HCPCS Level II").map(listItem),
    hcpcsSource,
  });
}

export function getModifierSlugs(): string[] {
  return getAllModifiers().map((item) => item.modifier);
}

/** Props for /modifiers/<MOD>, or undefined when no such modifier exists. */
export function getModifierPageProps(
  slug: string,
  hcpcsSource: string | undefined,
): ModifierPageProps | undefined {
  const item = getModifier(slug);
  if (!item) return undefined;
  const title = `Modifier ${item.modifier}: ${fitDescription(item.name, 70)} (${item.system})`;
  const description =
    item.record?.summary ??
    `HCPCS Level II modifier ${item.modifier} means "${fitDescription(item.hcpcsDescription ?? item.name, 90)}", in the words of CMS's ${hcpcsSource ?? "HCPCS Level II"} file.`;
  const path = modifierPath(item.modifier);
  const breadcrumbs = [
    { label: "Home", href: "/" },
    { label: "Modifiers", href: MODIFIERS_PATH },
    { label: item.modifier },
  ];
  return withoutUndefined({
    head: buildPageHead(createMetadata({ title, description, path }), previewImage(item.modifier)),
    islandScript: getIslandScriptUrl("code-page"),
    modifier: {
      modifier: item.modifier,
      system: item.system,
      name: item.name,
      hcpcsDescription: item.hcpcsDescription,
      summary: item.record?.summary,
      html: item.record?.html,
      lastReviewed: item.record?.lastReviewed,
      indicators: item.record?.indicators ?? [],
    },
    related: (item.record?.related ?? []).map((other) => listItem(getModifier(other)!)),
    hcpcsSource,
    breadcrumbs,
    structuredData: [buildBreadcrumbList(breadcrumbs, path)],
  });
}
