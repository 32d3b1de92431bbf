import { SiteLink } from "@/components/layout/site-link";

import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Pagination } from "@/components/layout/pagination";
import type { SpecialtyPage } from "@/lib/browse/specialty-page";

import { CodeTable } from "./code-table";

export function SpecialtyListing({ model }: { model: SpecialtyPage }) {
  const { specialty, groups, related, total, page, pages } = model;
  return (
    <div className="space-y-8">
      <Breadcrumbs
        items={[
          { label: "Home", href: "/" },
          { label: "Specialties", href: "/specialties" },
          { label: specialty.name },
        ]}
      />
      <header className="space-y-3">
        <h1 className="text-3xl font-bold">{specialty.name}</h1>
        <div
          className="prose-record max-w-3xl"
          dangerouslySetInnerHTML={{ __html: specialty.html }}
        />
      </header>
      <section aria-labelledby="codes-heading" className="space-y-4">
        <h2 id="codes-heading" className="text-xl font-semibold">
          Codes ({total}){pages.length > 1 && `, page ${page} of ${pages.length}`}
        </h2>
        {groups.map((group) => (
          <div key={group.key} className="space-y-2">
            <h3 className="font-semibold">{group.title}</h3>
            <CodeTable rows={group.rows} caption={`${specialty.name}: ${group.title}`} />
          </div>
        ))}
        <Pagination current={page} pages={pages} label={`${specialty.name} code pages`} />
      </section>
      {related.length > 0 && (
        <section aria-labelledby="related-heading" className="space-y-2">
          <h2 id="related-heading" className="text-xl font-semibold">
            Related specialties
          </h2>
          <ul className="flex flex-wrap gap-3">
            {related.map((link) => (
              <li key={link.href}>
                <SiteLink href={link.href} className="text-brand-700 dark:text-brand-300 underline">
                  {link.name}
                </SiteLink>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
