import type { GetStaticPathsResult, GetStaticPropsResult } from "next";
import Head from "next/head";
import { renderToStaticMarkup } from "react-dom/server";

import { PlainLinksProvider } from "@/components/layout/router-link";
import { SITE_FOOTER_ATTRIBUTES, SiteFooterContent } from "@/components/layout/site-footer";
import { SITE_HEADER_ATTRIBUTES, SiteHeaderContent } from "@/components/layout/site-header";
import { SITE_MAIN_ATTRIBUTES } from "@/components/layout/site-shell";
import { StaticSiteSearch } from "@/components/search/instant-search";
import { JsonLd } from "@/components/seo/json-ld";
import { PageHead } from "@/components/seo/page-head";
import { PAGE_REVALIDATE_SECONDS } from "@/lib/cache-policy";
import { CODE_PAGE_SCRIPT_POLICY } from "@/lib/seo/code-page-csp";
import type { PageHeadData } from "@/lib/seo/head-tags";

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

/** What every StaticPage route's props builder returns beside the page's own model. */
export interface StaticRouteProps {
  head: PageHeadData;
  islandScript: string;
  /** JSON-LD printed before the content, when the page has any. */
  structuredData?: React.ComponentProps<typeof JsonLd>["data"];
}

/**
 * The default export of a Pages Router page drawn as a StaticPage: `Content` renders the page's own
 * content from its props; the head tags, JSON-LD, island script and site shell come from the props'
 * common fields. The page file still exports `config`, `getStaticProps` and `getStaticPaths` itself,
 * since Next.js reads those from the file's source.
 */
export function staticListingPage<Props extends StaticRouteProps>(
  Content: (props: Props) => React.ReactNode,
) {
  function StaticRoute(props: Props) {
    return (
      <StaticPage head={<PageHead head={props.head} />} islandScript={props.islandScript}>
        {props.structuredData && <JsonLd data={props.structuredData} />}
        <Content {...props} />
      </StaticPage>
    );
  }
  // StaticPage draws the site shell itself, so _app adds none.
  StaticRoute.getLayout = staticPageLayout;
  return StaticRoute;
}

/**
 * A StaticPage route's getStaticProps result: the builder's props, regenerated after the cache policy's
 * page lifetime, or a 404 when the builder found no such page.
 */
export function staticPageProps<Props extends StaticRouteProps>(
  props: Props | null | undefined,
): GetStaticPropsResult<Props> {
  return props ? { props, revalidate: PAGE_REVALIDATE_SECONDS } : { notFound: true };
}

/** A StaticPage route's getStaticPaths result: every page prerendered, any other address a 404. */
export function staticPagePaths<Params extends Record<string, string>>(
  params: readonly Params[],
): GetStaticPathsResult<Params> {
  return { paths: params.map((entry) => ({ params: entry })), fallback: false };
}
