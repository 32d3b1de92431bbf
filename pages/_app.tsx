import type { AppProps } from "next/app";
import type { NextPage } from "next";
import Head from "next/head";

import { PlainLinksProvider } from "@/components/layout/router-link";
import { SiteShell } from "@/components/layout/site-shell";
import { SHELL, viewportContent } from "@/lib/shell";

import "../app/globals.css";

/**
 * A page may bring its own layout (Next's per-page layout pattern): the runtime-free pages draw the shell
 * themselves (components/layout/static-page.tsx), which this file does not import, so the one page that
 * loads this file's client bundle, the 404, does not download React's server renderer.
 */
type PageWithLayout = NextPage & { getLayout?: (page: React.ReactElement) => React.ReactElement };

const withSiteShell = (page: React.ReactElement) => <SiteShell>{page}</SiteShell>;

/**
 * Pages Router pages get the same header, main landmark and footer as the App Router's root layout. The
 * viewport tag belongs here rather than in _document, where next/head could not de-duplicate it.
 */
export default function CodeAtlasApp({ Component, pageProps }: AppProps) {
  const getLayout = (Component as PageWithLayout).getLayout ?? withSiteShell;
  return (
    <PlainLinksProvider value={true}>
      <div className={SHELL.bodyClassName}>
        <Head>
          <meta name="viewport" content={viewportContent()} />
        </Head>
        {getLayout(<Component {...pageProps} />)}
      </div>
    </PlainLinksProvider>
  );
}
