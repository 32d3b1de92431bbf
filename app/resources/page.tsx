import { ComingSoon } from "@/components/browse/coming-soon";
import { createMetadata } from "@/lib/seo/metadata";

export const metadata = createMetadata({
  title: "Resources and glossary",
  description: "CodeAtlas resources: a glossary of RVU, GPCI, global period and modifier terms for billing codes, coming soon.",
  path: "/resources",
});

export default function ComingSoonPage() {
  return (
    <ComingSoon title="Resources and glossary" crumbs={[{ label: "Home", href: "/" }, { label: "Resources and glossary" }]}>
      <p>A glossary of billing terms (RVU, wRVU, GPCI, conversion factor, global period, modifiers 26 and TC) with a page per term is being written.</p>
    </ComingSoon>
  );
}
