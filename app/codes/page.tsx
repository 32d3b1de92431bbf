import { SiteLink } from "@/components/layout/site-link";

import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Heading } from "@/components/ui/heading";
import { LinkList } from "@/components/ui/link-list";
import { Section } from "@/components/ui/section";
import { getSystemSummaries } from "@/lib/browse/browse-index";
import { createMetadata } from "@/lib/seo/metadata";
import { categoryPath, systemPath } from "@/lib/site";

export const metadata = createMetadata({
  title: "Browse billing codes by system and category",
  description:
    "Browse CPT, HCPCS Level II and CDT codes by code system and category, with plain-language explanations and Medicare figures.",
  path: "/codes",
});

export default function CodesIndexPage() {
  const systems = getSystemSummaries();
  return (
    <div className="space-y-8">
      <Breadcrumbs items={[{ label: "Home", href: "/" }, { label: "Codes" }]} />
      <Heading level={1}>Browse codes</Heading>
      {systems.map((system) => (
        <Section
          key={system.id}
          headingId={`system-${system.id}`}
          title={
            <>
              <SiteLink href={systemPath(system.id)} className="hover:underline">
                {system.label}
              </SiteLink>{" "}
              <span className="text-base font-normal text-slate-600 dark:text-slate-400">
                ({system.count} codes)
              </span>
            </>
          }
        >
          <LinkList
            className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3"
            items={system.categories
              .filter((category) => category.codes.length > 0)
              .map((category) => ({
                href: categoryPath(system.id, category.slug),
                label: category.name,
                note: category.codes.length,
              }))}
          />
        </Section>
      ))}
    </div>
  );
}
