import { SiteLink } from "@/components/layout/site-link";

import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Heading } from "@/components/ui/heading";
import type { SystemOverviewData } from "@/lib/browse/browse-index";
import { categoryPath } from "@/lib/site";

export function SystemOverview({ system }: { system: SystemOverviewData }) {
  return (
    <div className="space-y-6">
      <Breadcrumbs
        items={[
          { label: "Home", href: "/" },
          { label: "Codes", href: "/codes" },
          { label: system.label },
        ]}
      />
      <header className="space-y-2">
        <Heading level={1}>{system.label} codes</Heading>
        <p className="text-slate-700 dark:text-slate-300">
          {system.name}, maintained by the {system.owner}. All{" "}
          {system.count.toLocaleString("en-US")} codes in the CMS files have a page on CodeAtlas;{" "}
          {system.curatedCount.toLocaleString("en-US")} of them are explained in full by our
          editors.
        </p>
      </header>
      <ul className="grid gap-3 sm:grid-cols-2">
        {system.categories.map((category) => (
          <li
            key={category.slug}
            className="rounded-md border border-slate-200 p-4 dark:border-slate-800"
          >
            <SiteLink
              href={categoryPath(system.id, category.slug)}
              className="text-brand-700 dark:text-brand-300 font-semibold hover:underline"
            >
              {category.name}
            </SiteLink>
            <p className="text-sm text-slate-600 dark:text-slate-400">
              {category.range} ·{" "}
              {category.codeCount === 1
                ? "1 code"
                : `${category.codeCount.toLocaleString("en-US")} codes`}
              {category.curatedCount > 0 && ` · ${category.curatedCount} explained`}
            </p>
          </li>
        ))}
      </ul>
      <p className="text-sm text-slate-600 dark:text-slate-400">{system.attribution}</p>
    </div>
  );
}
