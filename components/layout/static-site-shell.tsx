import { renderToStaticMarkup } from "react-dom/server";

import { PlainLinksProvider } from "@/components/layout/router-link";
import { SITE_FOOTER_ATTRIBUTES, SiteFooterContent } from "@/components/layout/site-footer";
import { SITE_HEADER_ATTRIBUTES, SiteHeaderContent } from "@/components/layout/site-header";
import { SITE_MAIN_ATTRIBUTES } from "@/components/layout/site-shell";
import { StaticSiteSearch } from "@/components/search/instant-search";

let shellMarkup: { header: string; footer: string } | undefined;

/** The header's and footer's inner HTML, rendered once per process: they are the same on every page. */
function getShellMarkup() {
  shellMarkup ??= {
    header: renderToStaticMarkup(
      <PlainLinksProvider value={true}>
        <SiteHeaderContent searchSlot={<StaticSiteSearch />} />
      </PlainLinksProvider>,
    ),
    footer: renderToStaticMarkup(
      <PlainLinksProvider value={true}>
        <SiteFooterContent />
      </PlainLinksProvider>,
    ),
  };
  return shellMarkup;
}

/**
 * SiteShell for pages that ship no React runtime (code, code-system and modifier pages; lib/routes.ts
 * says which), with the same HTML. Nothing hydrates there, so the header and footer, identical on all
 * 21,500 of them, are rendered to HTML once and printed as is: re-rendering them for every page was about
 * a third of React's work per code page in the build (docs/benchmarks.md).
 */
export function StaticSiteShell({ children }: { children: React.ReactNode }) {
  const { header, footer } = getShellMarkup();
  return (
    <>
      <header {...SITE_HEADER_ATTRIBUTES} dangerouslySetInnerHTML={{ __html: header }} />
      <main {...SITE_MAIN_ATTRIBUTES}>{children}</main>
      <footer {...SITE_FOOTER_ATTRIBUTES} dangerouslySetInnerHTML={{ __html: footer }} />
    </>
  );
}

/** A runtime-free page's `getLayout` (see pages/_app.tsx): the page inside StaticSiteShell. */
export function withStaticSiteShell(page: React.ReactElement): React.ReactElement {
  return <StaticSiteShell>{page}</StaticSiteShell>;
}
