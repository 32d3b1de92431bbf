import type { AppProps } from "next/app";
import Head from "next/head";

import { PlainLinksProvider } from "@/components/layout/router-link";
import { SiteShell } from "@/components/layout/site-shell";

import "../app/globals.css";

/** Pages Router pages get the same header, main landmark and footer as the App Router's root layout. */
export default function CodeAtlasApp({ Component, pageProps }: AppProps) {
  return (
    <PlainLinksProvider value={true}>
      <div className="flex min-h-screen flex-col">
        <Head>
          <meta name="viewport" content="width=device-width, initial-scale=1" />
        </Head>
        <SiteShell>
          <Component {...pageProps} />
        </SiteShell>
      </div>
    </PlainLinksProvider>
  );
}
