import { Pagination as SitePagination } from "@/components/layout/pagination";
import type { PageLink } from "@/lib/paginate";

/** The blog index's page links, in the blog's own words. */
export function Pagination({ current, pages }: { current: number; pages: PageLink[] }) {
  return (
    <SitePagination
      current={current}
      pages={pages}
      label="Blog pages"
      previousLabel="← Newer posts"
      nextLabel="Older posts →"
    />
  );
}
