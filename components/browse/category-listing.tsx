import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Pagination } from "@/components/layout/pagination";
import { Heading } from "@/components/ui/heading";
import type { CategoryPage } from "@/lib/browse/category-page";
import { systemPath } from "@/lib/site";

import { CodeTable } from "./code-table";

/** One page of a category's codes; the route passes the model from getCategoryPage. */
export function CategoryListing({ model }: { model: CategoryPage }) {
  const { system, category, rows, page, pages } = model;
  const systemLabel = system.label;
  const systemHref = systemPath(system.id);
  const total = category.codes.length;
  return (
    <div className="space-y-6">
      <Breadcrumbs
        items={[
          { label: "Home", href: "/" },
          { label: "Codes", href: "/codes" },
          { label: systemLabel, href: systemHref },
          { label: category.name },
        ]}
      />
      <header className="space-y-2">
        <Heading level={1}>{category.name}</Heading>
        <p className="text-slate-700 dark:text-slate-300">
          {systemLabel} {category.range} · {total === 1 ? "1 code" : `${total} codes`} with a page
          on CodeAtlas
          {pages.length > 1 && ` (page ${page} of ${pages.length})`}.
        </p>
      </header>
      {rows.length > 0 ? (
        <>
          <CodeTable rows={rows} caption={`${category.name} codes`} />
          <Pagination current={page} pages={pages} label={`${category.name} pages`} />
        </>
      ) : (
        <p>
          No code in this range has a page yet. Search for a code to check whether it is covered
          elsewhere on the site.
        </p>
      )}
    </div>
  );
}
