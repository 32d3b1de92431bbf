/**
 * One page of a category listing: /codes/cpt/surgery is page 1, /codes/cpt/surgery/page/2 the next
 * hundred codes. Shared by both routes so they cannot disagree.
 */
import { isCodeSystemId, type CodeCategory } from "@/lib/codes/code-system";
import { laterPageNumbers, paginate, type PageLink } from "@/lib/paginate";
import { categoryPath } from "@/lib/site";

import {
  getCategoryWithCodes,
  getSystemSummary,
  SYSTEM_ORDER,
  type SystemSummary,
} from "./browse-index";
import { getCodeRows, type CodeRow } from "./code-rows";

/** One page of a category listing: only what the page shows, since it is sent as the page's props. */
export interface CategoryPage {
  system: Pick<SystemSummary, "id" | "label">;
  category: CodeCategory & { total: number; curatedCount: number };
  rows: CodeRow[];
  page: number;
  pages: PageLink[];
}

export function categoryPagePath(system: string, category: string, page: number): string {
  return page <= 1
    ? categoryPath(system, category)
    : `${categoryPath(system, category)}/page/${page}`;
}

export function getCategoryPage(
  systemSlug: string,
  categorySlug: string,
  page: number,
): CategoryPage | undefined {
  if (!isCodeSystemId(systemSlug)) return undefined;
  const category = getCategoryWithCodes(systemSlug, categorySlug);
  const slice = category && paginate(category.codes, page);
  if (!category || !slice) return undefined;
  const system = getSystemSummary(systemSlug);
  return {
    system: { id: system.id, label: system.label },
    category: {
      slug: category.slug,
      name: category.name,
      system: category.system,
      range: category.range,
      total: category.codes.length,
      curatedCount: category.curatedCount,
    },
    rows: getCodeRows(slice.items),
    page,
    pages: Array.from({ length: slice.pageCount }, (_, index) => ({
      page: index + 1,
      href: categoryPagePath(systemSlug, categorySlug, index + 1),
    })),
  };
}

/** Params of every category's first page, for getStaticPaths. */
export function getCategoryParams(): { slug: string; category: string }[] {
  return SYSTEM_ORDER.flatMap((slug) =>
    getSystemSummary(slug).categories.map((category) => ({ slug, category: category.slug })),
  );
}

/** Params of every category page after the first, for getStaticPaths. */
export function getLaterCategoryPageParams(): { slug: string; category: string; page: string }[] {
  return SYSTEM_ORDER.flatMap((slug) =>
    getSystemSummary(slug).categories.flatMap((category) =>
      laterPageNumbers(category.codes.length).map((page) => ({
        slug,
        category: category.slug,
        page: String(page),
      })),
    ),
  );
}
