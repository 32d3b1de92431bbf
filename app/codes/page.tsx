import { SiteLink } from "@/components/layout/site-link";

import { Breadcrumbs } from "@/components/layout/breadcrumbs";
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
      <h1 className="text-3xl font-bold">Browse codes</h1>
      {systems.map((system) => (
        <section key={system.id} aria-labelledby={`system-${system.id}`} className="space-y-3">
          <h2 id={`system-${system.id}`} className="text-xl font-semibold">
            <SiteLink href={systemPath(system.id)} className="hover:underline">
              {system.label}
            </SiteLink>{" "}
            <span className="text-base font-normal text-slate-600 dark:text-slate-400">
              ({system.count} codes)
            </span>
          </h2>
          <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
            {system.categories
              .filter((category) => category.codes.length > 0)
              .map((category) => (
                <li key={category.slug}>
                  <SiteLink
                    href={categoryPath(system.id, category.slug)}
                    className="text-brand-700 dark:text-brand-300 hover:underline"
                  >
                    {category.name}
                  </SiteLink>{" "}
                  <span className="text-sm text-slate-600 dark:text-slate-400">
                    {category.codes.length}
                  </span>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
