import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { InstantSearch } from "@/components/search/instant-search";

/** The main landmark's attributes, here and in StaticPage (static-page.tsx). */
export const SITE_MAIN_ATTRIBUTES = {
  id: "main",
  className: "mx-auto w-full max-w-6xl flex-1 px-4 py-6",
} as const;

/** Header, main landmark and footer around every page, whichever router renders it. */
export function SiteShell({ children }: { children: React.ReactNode }) {
  return (
    <>
      <SiteHeader searchSlot={<InstantSearch />} />
      <main {...SITE_MAIN_ATTRIBUTES}>{children}</main>
      <SiteFooter />
    </>
  );
}
