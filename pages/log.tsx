/**
 * /log: the wRVU log. The reader's entries live in their browser (IndexedDB), so the page is the same
 * for everyone and is prerendered; it ships no framework runtime, and its island renders the log's
 * React components with Preact (docs/islands.md, docs/wrvu-log.md). The manifest makes it installable.
 */
import type { GetStaticProps } from "next";
import Head from "next/head";

import { StaticPage, staticPageLayout } from "@/components/layout/static-page";
import { LogPage } from "@/components/log/log-page";
import { PageHead } from "@/components/seo/page-head";
import { PAGE_REVALIDATE_SECONDS } from "@/lib/cache-policy";
import { LOG_ISLAND } from "@/lib/wrvu-log/island";
import { getLogPageProps, type LogPageProps } from "@/lib/wrvu-log/log-page-props";

export const config = { unstable_runtimeJS: false };

export const getStaticProps: GetStaticProps<LogPageProps> = () => ({
  props: getLogPageProps(),
  revalidate: PAGE_REVALIDATE_SECONDS,
});

export default function LogRoute({ head, islandScript, log }: LogPageProps) {
  return (
    <StaticPage
      head={
        <>
          <PageHead head={head} />
          <Head>
            <link rel="manifest" href="/log.webmanifest" />
            <link rel="apple-touch-icon" href="/icons/log-192.png" />
            {/* The log's controls need the island; without JavaScript the page shows its note alone. */}
            <noscript>
              <style>{`#${LOG_ISLAND.partsId}{display:none}`}</style>
            </noscript>
          </Head>
        </>
      }
      islandScript={islandScript}
    >
      <LogPage log={log} />
    </StaticPage>
  );
}

// StaticPage draws the site shell itself (components/layout/static-page.tsx).
LogRoute.getLayout = staticPageLayout;
