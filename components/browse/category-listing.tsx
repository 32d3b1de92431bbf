import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Pagination } from "@/components/layout/pagination";
import { Heading } from "@/components/ui/heading";
import type { CategoryPage } from "@/lib/browse/category-page";
import type { CodeRow } from "@/lib/browse/code-rows";
import { describeCuration } from "@/lib/browse/curation-summary";
import { systemPath } from "@/lib/site";

import { CodeTable } from "./code-table";

/** Consecutive rows of the same section, so a long category reads as its sections in order. */
function groupBySection(rows: CodeRow[]): { section: CodeRow["section"]; rows: CodeRow[] }[] {
  const groups: { section: CodeRow["section"]; rows: CodeRow[] }[] = [];
  for (const row of rows) {
    const last = groups.at(-1);
    if (last && last.section?.slug === row.section?.slug) last.rows.push(row);
    else groups.push({ section: row.section, rows: [row] });
  }
  return groups.length > 1 || groups[0]?.section ? groups : [{ section: undefined, rows }];
}

/** One page of a category's codes; the route passes the model from getCategoryPage. */
export function CategoryListing({ model }: { model: CategoryPage }) {
  const { system, category, rows, page, pages } = model;
  const systemLabel = system.label;
  const systemHref = systemPath(system.id);
  const total = category.total;
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
          {systemLabel} {category.range} ·{" "}
          {total === 1 ? "1 code" : `${total.toLocaleString("en-US")} codes`},{" "}
          {describeCuration(total, category.curatedCount)}
          {pages.length > 1 && ` (page ${page} of ${pages.length})`}.
        </p>
      </header>
      {rows.length > 0 ? (
        <>
          {groupBySection(rows).map((group) =>
            group.section ? (
              <section key={group.section.slug} aria-labelledby={`section-${group.section.slug}`}>
                <Heading level={2} id={`section-${group.section.slug}`} className="mb-2">
                  {group.section.name}
                </Heading>
                <CodeTable rows={group.rows} caption={`${group.section.name} codes`} />
              </section>
            ) : (
              <CodeTable
                key={group.rows[0]!.code}
                rows={group.rows}
                // Named by its range: a page can hold several runs of codes outside any section.
                caption={`${category.name} codes ${group.rows[0]!.code}–${group.rows.at(-1)!.code}`}
              />
            ),
          )}
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
