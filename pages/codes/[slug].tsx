/**
 * /codes/<CODE> (a code page) and /codes/cdt (a code system). These are the site's most numerous pages,
 * so they are prerendered by the Pages Router, which renders a page about five times faster than the App
 * Router's server-component pipeline: "Why code pages use the Pages Router" in the README has the numbers.
 * Every figure and sentence still comes from the same builders the rest of the site uses; this file only
 * gathers them into props (plain JSON, computed at build time) and lays them out.
 */
import type { GetStaticPaths, GetStaticProps } from "next";
import type { Thing, WithContext } from "schema-dts";

import { SystemOverview } from "@/components/browse/system-overview";
import { CodePage } from "@/components/code-page/code-page";
import { RvuInformation } from "@/components/code-page/rvu-information";
import { JsonLd } from "@/components/seo/json-ld";
import { OG_IMAGE_SIZE } from "@/components/seo/og-card";
import { PageHead } from "@/components/seo/page-head";
import { SYSTEM_ORDER, getSystemOverview, type SystemOverviewData } from "@/lib/codes/browse";
import { isCodeSystemId } from "@/lib/codes/code-system";
import { buildCodePage, type CodePageModel } from "@/lib/code-page/build-code-page";
import { buildCoverageAnswer, getCodePricing } from "@/lib/code-page/pricing";
import { getRvuSectionData, type RvuSectionData } from "@/lib/code-page/rvu-section";
import { getAllCodes, getCode } from "@/lib/content";
import { buildPageHead, type PageHeadData } from "@/lib/seo/head-tags";
import { buildCodeTitle, createCodeMetadata, createMetadata } from "@/lib/seo/metadata";
import { buildBreadcrumbList, buildCodeWebPage, buildFaqPage } from "@/lib/seo/structured-data";
import { codePath, SITE_NAME } from "@/lib/site";

type Props = { head: PageHeadData } & (
  | { kind: "system"; system: SystemOverviewData }
  | {
      kind: "code";
      model: CodePageModel;
      rvu: RvuSectionData;
      dataRelease: string;
      structuredData: WithContext<Thing>[];
    }
);

type Params = { slug: string };

/** Alt text of the link-preview image that app/codes/[slug]/opengraph-image.tsx draws. */
const PREVIEW_ALT = `${SITE_NAME} billing code reference`;

function previewImage(slug: string) {
  return { path: `/codes/${slug}/opengraph-image`, alt: PREVIEW_ALT, ...OG_IMAGE_SIZE };
}

export const getStaticPaths: GetStaticPaths<Params> = () => ({
  paths: [
    ...SYSTEM_ORDER.map((slug) => ({ params: { slug } })),
    ...getAllCodes().map((record) => ({ params: { slug: record.code } })),
  ],
  // Every code is known at build time; anything else is a 404 (wrong case is redirected by proxy.ts).
  fallback: false,
});

/**
 * Props are JSON, and Next.js refuses `undefined` in them: optional fields that are absent are dropped
 * (not sent as null), so the page sees exactly the shapes the builders return.
 */
function withoutUndefined<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutUndefined) as T;
  if (value === null || typeof value !== "object") return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value))
    if (item !== undefined) copy[key] = withoutUndefined(item);
  return copy as T;
}

const asProps = (props: Props): Props => withoutUndefined(props);

export const getStaticProps: GetStaticProps<Props, Params> = ({ params }) => {
  const slug = params?.slug ?? "";
  if (isCodeSystemId(slug)) {
    const system = getSystemOverview(slug);
    const metadata = createMetadata({
      title: `${system.label} codes by category`,
      description: `Browse ${system.count} ${system.label} codes on CodeAtlas by category, with plain-language explanations and Medicare fee-schedule figures.`,
      path: `/codes/${slug}`,
    });
    return {
      props: asProps({ kind: "system", system, head: buildPageHead(metadata, previewImage(slug)) }),
    };
  }

  const record = getCode(slug);
  if (!record) return { notFound: true };
  const pricing = getCodePricing(record.code, record.system, record.medicareAlternative);
  const model = buildCodePage(record, buildCoverageAnswer(record.code, pricing));
  return {
    props: asProps({
      kind: "code",
      head: buildPageHead(createCodeMetadata(record), previewImage(record.code)),
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
    }),
  };
};

export default function CodeOrSystemPage(props: Props) {
  if (props.kind === "system") {
    return (
      <>
        <PageHead head={props.head} />
        <SystemOverview system={props.system} />
      </>
    );
  }
  return (
    <>
      <PageHead head={props.head} />
      <JsonLd data={props.structuredData} />
      <CodePage
        model={props.model}
        dataRelease={props.dataRelease}
        rvuSection={<RvuInformation {...props.rvu} />}
      />
    </>
  );
}
