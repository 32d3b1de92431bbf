/**
 * Props for pages/codes/[slug].tsx, the Pages Router route behind /codes/<CODE> and /codes/<system>.
 * Everything here is computed at build time and sent to the browser as JSON with the page, so it holds only
 * what the page shows (see "Why code pages use the Pages Router" in the README).
 */
import type { Thing, WithContext } from "schema-dts";

import {
  SYSTEM_ORDER,
  getSystemOverview,
  type SystemOverviewData,
} from "@/lib/browse/browse-index";
import { isCodeSystemId } from "@/lib/codes/code-system";
import { buildCodePage, type CodePageModel } from "@/lib/code-page/build-code-page";
import { buildCoverageAnswer, getCodePricing } from "@/lib/fee-schedule/code-pricing";
import { getRvuSectionData, type RvuSectionData } from "@/lib/code-page/rvu-section";
import { getAllCodeEntries, getCodeEntry, type CodeEntry } from "@/lib/code-index";
import { buildReferencePage, type ReferencePageModel } from "@/lib/code-page/build-reference-page";
import { buildReferenceHeadText } from "@/lib/code-page/reference-head";
import { getCode } from "@/lib/content";
import { getIslandScriptUrl } from "@/lib/islands/island-scripts";
import { buildPageHead, type PageHeadData } from "@/lib/seo/head-tags";
import { buildCodeTitle, createCodeMetadata, createMetadata } from "@/lib/seo/metadata";
import { codePreviewImage } from "@/lib/seo/preview-image";
import {
  buildBreadcrumbList,
  buildCodeWebPage,
  buildFaqPage,
  buildReferenceWebPage,
} from "@/lib/seo/structured-data";
import { withoutUndefined } from "@/lib/page-props";
import { codePath } from "@/lib/site";

export type CodeOrSystemPageProps = {
  head: PageHeadData;
  /** The page's one script: the islands that enhance it (code pages ship no React runtime). */
  islandScript: string;
} & (
  | { kind: "system"; system: SystemOverviewData }
  | {
      kind: "code";
      model: CodePageModel;
      rvu: RvuSectionData;
      dataRelease: string;
      structuredData: WithContext<Thing>[];
    }
  | {
      kind: "reference";
      model: ReferencePageModel;
      rvu: RvuSectionData;
      dataRelease: string;
      structuredData: WithContext<Thing>[];
    }
);

/**
 * Every code system and every code a reader can look up (curated, reference and deleted): the complete
 * list of /codes/<slug> pages.
 */
export function getCodeOrSystemSlugs(): string[] {
  return [...SYSTEM_ORDER, ...getAllCodeEntries().map((entry) => entry.code)];
}

function getSystemPageProps(slug: Parameters<typeof getSystemOverview>[0]): CodeOrSystemPageProps {
  const system = getSystemOverview(slug);
  const metadata = createMetadata({
    title: `${system.label} codes by category`,
    description: `Browse ${system.count} ${system.label} codes on CodeAtlas by category, with plain-language explanations and Medicare fee-schedule figures.`,
    path: `/codes/${slug}`,
  });
  return {
    kind: "system",
    system,
    head: buildPageHead(metadata, codePreviewImage(slug)),
    islandScript: getIslandScriptUrl("code-page"),
  };
}

function getReferencePageProps(entry: CodeEntry): CodeOrSystemPageProps {
  const release = entry.kind === "deleted" ? entry.lastReleaseId : undefined;
  const pricing = getCodePricing(entry.code, entry.system, undefined, release);
  const model = buildReferencePage(entry, pricing);
  const text = buildReferenceHeadText(entry, pricing, model.lastListedIn);
  const path = codePath(entry.code);
  const metadata = createMetadata({ ...text, path });
  return {
    kind: "reference",
    head: buildPageHead(
      { ...metadata, openGraph: { ...metadata.openGraph, type: "article" } },
      codePreviewImage(entry.code),
    ),
    islandScript: getIslandScriptUrl("code-page"),
    model,
    rvu: getRvuSectionData({ ...entry, medicareAlternative: undefined }, pricing),
    dataRelease: `CMS Physician Fee Schedule, ${pricing.release.label}`,
    structuredData: [
      buildReferenceWebPage(entry, text),
      buildBreadcrumbList(model.breadcrumbs, path),
      buildFaqPage(model.faq),
    ],
  };
}

/** Props for /codes/<slug>, or undefined when the slug is neither a code system nor a code. */
export function getCodeOrSystemPageProps(slug: string): CodeOrSystemPageProps | undefined {
  if (isCodeSystemId(slug)) return withoutUndefined(getSystemPageProps(slug));
  const record = getCode(slug);
  if (!record) {
    const entry = getCodeEntry(slug);
    return entry ? withoutUndefined(getReferencePageProps(entry)) : undefined;
  }
  const pricing = getCodePricing(record.code, record.system, record.medicareAlternative);
  const model = buildCodePage(record, buildCoverageAnswer(record.code, pricing));
  return withoutUndefined({
    kind: "code",
    head: buildPageHead(createCodeMetadata(record), codePreviewImage(record.code)),
    islandScript: getIslandScriptUrl("code-page"),
    model,
    rvu: getRvuSectionData(record, pricing),
    dataRelease: `CMS Physician Fee Schedule, ${pricing.release.label}`,
    structuredData: [
      buildCodeWebPage(
        record,
        model.specialties.map((specialty) => specialty.name),
        buildCodeTitle(record),
      ),
      buildBreadcrumbList(model.breadcrumbs, codePath(record.code)),
      buildFaqPage(model.faq),
    ],
  });
}
