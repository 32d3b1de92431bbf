/**
 * /modifiers: every modifier a code page links to. A read-only listing, so like code pages it is
 * prerendered by the Pages Router with no framework runtime (docs/islands.md).
 */
import type { GetStaticProps } from "next";
import Head from "next/head";

import { withStaticSiteShell } from "@/components/layout/static-site-shell";
import { ModifierIndex } from "@/components/modifiers/modifier-index";
import { PageHead } from "@/components/seo/page-head";
import { getHcpcsRelease } from "@/lib/fee-schedule/load";
import { getModifierIndexProps, type ModifierIndexProps } from "@/lib/modifiers/page-props";
import { CODE_PAGE_SCRIPT_POLICY } from "@/lib/seo/code-page-csp";

export const config = { unstable_runtimeJS: false };

export const getStaticProps: GetStaticProps<ModifierIndexProps> = () => ({
  props: getModifierIndexProps(getHcpcsRelease()?.label),
});

export default function ModifiersPage(props: ModifierIndexProps) {
  return (
    <>
      <PageHead head={props.head} />
      <Head>
        <meta httpEquiv="Content-Security-Policy" content={CODE_PAGE_SCRIPT_POLICY} />
      </Head>
      <ModifierIndex {...props} />
      <script type="module" defer src={props.islandScript} />
    </>
  );
}

// No runtime to hydrate it, so the header and footer are printed from HTML rendered once (pages/_app.tsx).
ModifiersPage.getLayout = withStaticSiteShell;
