import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { SystemOverview } from "@/components/browse/system-overview";
import { CodePage } from "@/components/code-page/code-page";
import { RvuInformation } from "@/components/code-page/rvu-information";
import { JsonLd } from "@/components/seo/json-ld";
import { SYSTEM_ORDER, getSystemSummary } from "@/lib/codes/browse";
import { isCodeSystemId } from "@/lib/codes/code-system";
import { buildCodePage } from "@/lib/code-page/build-code-page";
import { buildCoverageAnswer, getCodePricing } from "@/lib/code-page/pricing";
import { getRvuSectionData } from "@/lib/code-page/rvu-section";
import { getAllCodes, getCode } from "@/lib/content";
import { buildCodeTitle, createCodeMetadata, createMetadata } from "@/lib/seo/metadata";
import { buildBreadcrumbList, buildCodeWebPage, buildFaqPage } from "@/lib/seo/structured-data";
import { codePath } from "@/lib/site";

// One segment serves both /codes/cdt (a code system) and /codes/D3351 (a code): system ids are lower
// case words and codes are upper-case codes, so the two never collide.
export const dynamicParams = false;

export function generateStaticParams() {
  return [
    ...SYSTEM_ORDER.map((slug) => ({ slug })),
    ...getAllCodes().map((record) => ({ slug: record.code })),
  ];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  if (isCodeSystemId(slug)) {
    const system = getSystemSummary(slug);
    return createMetadata({
      title: `${system.label} codes by category`,
      description: `Browse ${system.count} ${system.label} codes on CodeAtlas by category, with plain-language explanations and Medicare fee-schedule figures.`,
      path: `/codes/${slug}`,
    });
  }
  const record = getCode(slug);
  return record ? createCodeMetadata(record) : {};
}

export default async function CodeOrSystemPage({ params }: Props) {
  const { slug } = await params;
  if (isCodeSystemId(slug)) return <SystemOverview system={getSystemSummary(slug)} />;

  const record = getCode(slug);
  if (!record) notFound();
  const pricing = getCodePricing(record.code, record.system, record.medicareAlternative);
  const model = buildCodePage(record, buildCoverageAnswer(record.code, pricing));
  return (
    <>
      <JsonLd
        data={[
          buildCodeWebPage(
            record,
            model.specialties.map((specialty) => specialty.name),
            buildCodeTitle(record),
          ),
          buildBreadcrumbList(model.breadcrumbs, codePath(record.code)),
          buildFaqPage(model.faq),
        ]}
      />
      <CodePage
        model={model}
        dataRelease={`CMS Physician Fee Schedule, ${pricing.release.label}`}
        rvuSection={<RvuInformation {...getRvuSectionData(record, pricing)} />}
      />
    </>
  );
}
