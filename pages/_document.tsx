import { Head, Html, Main, NextScript } from "next/document";

import { renderHeadTags } from "@/components/seo/page-head";
import { SHELL, SHELL_DOCUMENT_TAGS } from "@/lib/shell";

/**
 * The document around Pages Router pages (code pages; see "Why code pages use the Pages Router" in the
 * README): the language, theme colours and icon of lib/shell.ts, as the App Router's root layout has them.
 */
export default function Document() {
  return (
    <Html lang={SHELL.lang}>
      <Head>{renderHeadTags(SHELL_DOCUMENT_TAGS)}</Head>
      <body>
        <Main />
        <NextScript />
      </body>
    </Html>
  );
}
