import { SiteLink } from "@/components/layout/site-link";

import { MAIN_NAV, SITE_NAME, type NavItem } from "@/lib/site";

function NavLinks({ items, orientation }: { items: NavItem[]; orientation: "row" | "column" }) {
  const listClass =
    orientation === "row"
      ? "flex flex-wrap items-center gap-x-1 text-sm"
      : "flex flex-col gap-1 text-base";
  return (
    <ul className={listClass}>
      {items.map((item) => (
        <li key={item.href} className={orientation === "row" ? "group relative" : undefined}>
          <SiteLink href={item.href} className="site-nav-link">
            {item.label}
          </SiteLink>
          {item.children && (
            <ul
              className={
                orientation === "row"
                  ? "invisible absolute top-full left-0 z-20 w-56 rounded-md border border-slate-200 bg-white p-1 shadow-lg group-focus-within:visible group-hover:visible dark:border-slate-700 dark:bg-slate-900"
                  : "ml-4 flex flex-col gap-1 border-l border-slate-200 pl-2 dark:border-slate-700"
              }
            >
              {item.children.map((child) => (
                <li key={child.href}>
                  <SiteLink href={child.href} className="site-nav-sublink">
                    {child.label}
                  </SiteLink>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}

/** The <header> element's own attributes: SiteHeader's, and StaticPage's (static-page.tsx). */
export const SITE_HEADER_ATTRIBUTES = {
  "data-site-header": "",
  className: "border-b border-slate-200 bg-white/95 dark:border-slate-800 dark:bg-slate-950/95",
} as const;

/** Site header: the mobile menu is a <details> element, so it opens and closes without JavaScript. */
export function SiteHeader({ searchSlot }: { searchSlot?: React.ReactNode }) {
  return (
    <header {...SITE_HEADER_ATTRIBUTES}>
      <SiteHeaderContent searchSlot={searchSlot} />
    </header>
  );
}

/** What the header holds: skip link, site name, search and the main navigation. */
export function SiteHeaderContent({ searchSlot }: { searchSlot?: React.ReactNode }) {
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900"
      >
        Skip to content
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-3 px-4 py-3">
        <SiteLink
          href="/"
          className="text-brand-700 dark:text-brand-300 text-lg font-bold tracking-tight"
        >
          {SITE_NAME}
        </SiteLink>
        <div className="order-3 w-full sm:order-2 sm:w-auto sm:flex-1">{searchSlot}</div>
        <details className="relative order-2 ml-auto sm:order-3 lg:hidden" data-mobile-menu>
          <summary className="cursor-pointer list-none rounded border border-slate-300 px-3 py-2 text-sm font-medium dark:border-slate-600 [&::-webkit-details-marker]:hidden">
            Menu
          </summary>
          <nav
            aria-label="Main menu"
            className="absolute right-0 z-30 mt-2 w-72 rounded-md border border-slate-200 bg-white p-2 shadow-xl dark:border-slate-700 dark:bg-slate-900"
          >
            <NavLinks items={MAIN_NAV} orientation="column" />
          </nav>
        </details>
      </div>
      <nav aria-label="Main" className="mx-auto hidden max-w-6xl px-2 pb-2 lg:block">
        <NavLinks items={MAIN_NAV} orientation="row" />
      </nav>
    </>
  );
}
