import Head from "next/head";

import { NotFoundContent } from "@/components/layout/not-found-content";
import { TITLE_TEMPLATE } from "@/lib/seo/metadata";

/** The Pages Router's 404 (an unknown /codes/<code>): the same content as the App Router's not-found. */
export default function PagesNotFound() {
  return (
    <>
      <Head>
        <title>{TITLE_TEMPLATE.replace("%s", "Page not found")}</title>
        <meta name="robots" content="noindex" />
      </Head>
      <NotFoundContent />
    </>
  );
}
