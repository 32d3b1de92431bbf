import type { AppProps } from "next/app";
import Head from "next/head";

import { PlainLinksProvider } from "@/components/layout/router-link";
import { SiteShell } from "@/components/layout/site-shell";
import { SHELL, viewportContent } from "@/lib/shell";

import "../app/globals.css";

/**
 * Pages Router pages get the same header, main landmark and footer as the App Router's root layout. The
 * viewport tag belongs here rather than in _document, where next/head could not de-duplicate it.
 */
export default function CodeAtlasApp({ Component, pageProps }: AppProps) {
  return (
    <PlainLinksProvider value={true}>
      <div className={SHELL.bodyClassName}>
        <Head>
          <meta name="viewport" content={viewportContent()} />
        </Head>
        <SiteShell>
          <Component {...pageProps} />
        </SiteShell>
      </div>
    </PlainLinksProvider>
  );
}
