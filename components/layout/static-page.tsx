import Head from "next/head";
import { renderToStaticMarkup } from "react-dom/server";

import { PlainLinksProvider } from "@/components/layout/router-link";
import { SITE_FOOTER_ATTRIBUTES, SiteFooterContent } from "@/components/layout/site-footer";
import { SITE_HEADER_ATTRIBUTES, SiteHeaderContent } from "@/components/layout/site-header";
import { SITE_MAIN_ATTRIBUTES } from "@/components/layout/site-shell";
import { StaticSiteSearch } from "@/components/search/instant-search";
import { CODE_PAGE_SCRIPT_POLICY } from "@/lib/seo/code-page-csp";

/**
 * Static markup of a subtree, as on a Pages Router page: every internal link a plain anchor. The
 * context of the page around it does not reach a separate render, so it is provided again here.
 */
function toStaticMarkup(content: React.ReactNode): string {
  return renderToStaticMarkup(<PlainLinksProvider value={true}>{content}</PlainLinksProvider>);
}

let shellMarkup: { header: string; footer: string } | undefined;

/** The header's and footer's inner HTML, rendered once per process: they are the same on every page. */
function getShellMarkup() {
  shellMarkup ??= {
    header: toStaticMarkup(<SiteHeaderContent searchSlot={<StaticSiteSearch />} />),
    footer: toStaticMarkup(<SiteFooterContent />),
  };
  return shellMarkup;
}

/**
 * A page that ships no React runtime (the home page, code, code-system, category, specialty, modifier and
 * glossary pages, search results, the calculator, the unknown-code 404; lib/routes.ts says which, and
 * tests/unit/routes.test.ts checks that each one uses this): its head, the site shell with the same HTML as SiteShell's, its content and its one island
 * script (docs/islands.md), under a policy that allows scripts from this origin only.
 *
 * Nothing hydrates such a page, so nothing needs React's streaming renderer, which Next.js uses for every
 * page and which costs about three times as much per page as rendering the same elements to a string.
 * The content is rendered to static markup, and the header and footer, identical on all 21,500 such
 * pages, once per process (docs/benchmarks.md). The head stays with next/head, outside that render.
 */
export function StaticPage({
  head,
  islandScript,
  children,
}: {
  head: React.ReactNode;
  islandScript: string;
  children: React.ReactNode;
}) {
  const { header, footer } = getShellMarkup();
  const main = toStaticMarkup(
    <>
      {children}
      <script type="module" defer src={islandScript} />
    </>,
  );
  return (
    <>
      {head}
      <Head>
        <meta httpEquiv="Content-Security-Policy" content={CODE_PAGE_SCRIPT_POLICY} />
      </Head>
      <header {...SITE_HEADER_ATTRIBUTES} dangerouslySetInnerHTML={{ __html: header }} />
      <main {...SITE_MAIN_ATTRIBUTES} dangerouslySetInnerHTML={{ __html: main }} />
      <footer {...SITE_FOOTER_ATTRIBUTES} dangerouslySetInnerHTML={{ __html: footer }} />
    </>
  );
}

/** The `getLayout` of a StaticPage (see pages/_app.tsx): it draws the shell itself, so _app adds none. */
export function staticPageLayout(page: React.ReactElement): React.ReactElement {
  return page;
}
