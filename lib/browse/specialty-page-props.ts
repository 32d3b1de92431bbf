/**
 * Props for the specialty pages (pages/specialties/): the index, each specialty's codes and their later
 * pages. Computed at build time and sent as static HTML with no framework runtime, like the category
 * listings: these pages only read.
 */
import { getAllSpecialties, getCodesBySpecialty } from "@/lib/content";
import { getIslandScriptUrl } from "@/lib/islands/island-scripts";
import { withoutUndefined } from "@/lib/page-props";
import { parsePageSegment } from "@/lib/paginate";
import { buildPageHead, type PageHeadData } from "@/lib/seo/head-tags";
import { createMetadata } from "@/lib/seo/metadata";
import { specialtyPath } from "@/lib/site";

import { getSpecialtyPage, specialtyPagePath, type SpecialtyPage } from "./specialty-page";

export interface SpecialtyPageProps {
  head: PageHeadData;
  islandScript: string;
  model: SpecialtyPage;
}

/** One specialty on the index: its card links to its page. */
export interface SpecialtyCard {
  href: string;
  name: string;
  field: "medical" | "dental";
  codeCount: number;
  summary: string;
}

export interface SpecialtiesIndexProps {
  head: PageHeadData;
  islandScript: string;
  specialties: SpecialtyCard[];
}

function describe(model: SpecialtyPage): { title: string; description: string } {
  const { specialty, page, pages, total } = model;
  if (page === 1)
    return {
      title: `${specialty.name}: billing codes and what they cover`,
      description: specialty.summary,
    };
  return {
    title: `${specialty.name}: billing codes, page ${page}`,
    description: `Page ${page} of ${pages.length} of the ${total} billing codes ${specialty.name.toLowerCase()} reports, grouped by category with Medicare status.`,
  };
}

/**
 * Props for /specialties/<slug> (`pageSegment` undefined) or its /page/<n>, or undefined when there is no
 * such page (page 1 has no /page/1 address).
 */
export function getSpecialtyPageProps(
  slug: string,
  pageSegment?: string,
): SpecialtyPageProps | undefined {
  const page = pageSegment === undefined ? 1 : parsePageSegment(pageSegment);
  const model = page === undefined ? undefined : getSpecialtyPage(slug, page);
  if (!model) return undefined;
  const path = specialtyPagePath(model.specialty.slug, model.page);
  return withoutUndefined({
    head: buildPageHead(createMetadata({ ...describe(model), path })),
    islandScript: getIslandScriptUrl("code-page"),
    model,
  });
}

export function getSpecialtiesIndexProps(): SpecialtiesIndexProps {
  return {
    head: buildPageHead(
      createMetadata({
        title: "Specialties and the codes they report",
        description:
          "Medical and dental specialties on CodeAtlas, each with what it covers, the billing codes it reports most and related specialties.",
        path: "/specialties",
      }),
    ),
    islandScript: getIslandScriptUrl("code-page"),
    specialties: getAllSpecialties().map((specialty) => ({
      href: specialtyPath(specialty.slug),
      name: specialty.name,
      field: specialty.field,
      codeCount: getCodesBySpecialty(specialty.slug).length,
      summary: specialty.summary,
    })),
  };
}
