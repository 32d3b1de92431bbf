/** /modifiers/<MOD>: one modifier, prerendered without a framework runtime like code pages. */
import type { GetStaticPaths, GetStaticProps } from "next";
import Head from "next/head";

import { withStaticSiteShell } from "@/components/layout/static-site-shell";
import { ModifierPage } from "@/components/modifiers/modifier-page";
import { JsonLd } from "@/components/seo/json-ld";
import { PageHead } from "@/components/seo/page-head";
import { getHcpcsRelease } from "@/lib/fee-schedule/load";
import {
  getModifierPageProps,
  getModifierSlugs,
  type ModifierPageProps,
} from "@/lib/modifiers/page-props";
import { CODE_PAGE_SCRIPT_POLICY } from "@/lib/seo/code-page-csp";

type Params = { modifier: string };

export const config = { unstable_runtimeJS: false };

export const getStaticPaths: GetStaticPaths<Params> = () => ({
  paths: getModifierSlugs().map((modifier) => ({ params: { modifier } })),
  fallback: false,
});

export const getStaticProps: GetStaticProps<ModifierPageProps, Params> = ({ params }) => {
  const props = getModifierPageProps(params?.modifier ?? "", getHcpcsRelease()?.label);
  return props ? { props } : { notFound: true };
};

export default function ModifierRoute(props: ModifierPageProps) {
  return (
    <>
      <PageHead head={props.head} />
      <JsonLd data={props.structuredData} />
      <Head>
        <meta httpEquiv="Content-Security-Policy" content={CODE_PAGE_SCRIPT_POLICY} />
      </Head>
      <ModifierPage {...props} />
      <script type="module" defer src={props.islandScript} />
    </>
  );
}

// No runtime to hydrate it, so the header and footer are printed from HTML rendered once (pages/_app.tsx).
ModifierRoute.getLayout = withStaticSiteShell;
