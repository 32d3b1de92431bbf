import { Head, Html, Main, NextScript } from "next/document";

import { THEME_COLORS } from "@/lib/site";

/**
 * The document around Pages Router pages (code pages; see "Why code pages use the Pages Router" in the
 * README). It mirrors what the App Router's root layout and metadata give every other page.
 */
export default function Document() {
  return (
    <Html lang="en">
      <Head>
        {THEME_COLORS.map(({ media, color }) => (
          <meta key={media} name="theme-color" content={color} media={media} />
        ))}
        <link rel="icon" href="/icon.svg" sizes="any" type="image/svg+xml" />
      </Head>
      <body>
        <Main />
        <NextScript />
      </body>
    </Html>
  );
}
