import { CareerGuideList } from "@/components/career/career-guide-list";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Heading } from "@/components/ui/heading";
import { getAllCareerGuides } from "@/lib/career";
import { createMetadata } from "@/lib/seo/metadata";
import { CAREER_PATH } from "@/lib/site";

export const metadata = createMetadata({
  title: "Guides to billing codes and RVUs by career stage",
  description:
    "What RVUs and wRVUs are, the codes you meet first and how productivity is measured: guides for medical students, residents and attending physicians.",
  path: CAREER_PATH,
});

export default function CareerIndexPage() {
  return (
    <div className="space-y-6">
      <Breadcrumbs items={[{ label: "Home", href: "/" }, { label: "Career stage" }]} />
      <Heading level={1}>Guides by career stage</Heading>
      <p className="max-w-3xl text-slate-700 dark:text-slate-300">
        Billing codes and relative value units look different from a lecture hall, a call room and a
        practice. Each guide is written for one stage, with worked examples whose figures come
        straight from the CMS fee-schedule data.
      </p>
      <CareerGuideList guides={getAllCareerGuides()} />
    </div>
  );
}
