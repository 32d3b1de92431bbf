import { SiteLink } from "@/components/layout/site-link";
import type { PageLink } from "@/lib/paginate";

/** Numbered page links with previous/next; renders nothing when everything fits on one page. */
export function Pagination({
  current,
  pages,
  label,
  previousLabel = "← Previous",
  nextLabel = "Next →",
}: {
  current: number;
  pages: PageLink[];
  /** Accessible name of the navigation, e.g. "Blog pages". */
  label: string;
  previousLabel?: string;
  nextLabel?: string;
}) {
  if (pages.length <= 1) return null;
  const previous = pages.find((link) => link.page === current - 1);
  const next = pages.find((link) => link.page === current + 1);
  const linkClass = "rounded px-3 py-2 hover:bg-slate-100 dark:hover:bg-slate-800";
  return (
    <nav aria-label={label} className="flex flex-wrap items-center gap-1 text-sm">
      {previous && (
        <SiteLink href={previous.href} rel="prev" className={linkClass}>
          {previousLabel}
        </SiteLink>
      )}
      <ul className="flex flex-wrap gap-1">
        {pages.map((link) => (
          <li key={link.page}>
            <SiteLink
              href={link.href}
              aria-current={link.page === current ? "page" : undefined}
              aria-label={`Page ${link.page}`}
              className={`${linkClass} aria-[current=page]:bg-brand-700 aria-[current=page]:text-white`}
            >
              {link.page}
            </SiteLink>
          </li>
        ))}
      </ul>
      {next && (
        <SiteLink href={next.href} rel="next" className={linkClass}>
          {nextLabel}
        </SiteLink>
      )}
    </nav>
  );
}
