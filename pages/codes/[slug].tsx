/**
 * /codes/<CODE> (a code page) and /codes/cdt (a code system). These are the site's most numerous pages,
 * so they are prerendered by the Pages Router, which renders a page about five times faster than the App
 * Router: "Why code pages use the Pages Router" in the README has the numbers. The props come from the
 * same builders the rest of the site uses (lib/code-page/static-props.ts).
 */
import type { GetStaticPaths, GetStaticProps } from "next";

import { StaticPage, staticPageLayout } from "@/components/layout/static-page";
import { SystemOverview } from "@/components/browse/system-overview";
import { CodePage } from "@/components/code-page/code-page";
import { ReferenceCodePage } from "@/components/code-page/reference-code-page";
import { RvuInformation } from "@/components/code-page/rvu-information";
import { JsonLd } from "@/components/seo/json-ld";
import { PageHead } from "@/components/seo/page-head";
import { PAGE_REVALIDATE_SECONDS } from "@/lib/cache-policy";
import {
  getCodeOrSystemPageProps,
  getCodeOrSystemSlugs,
  type CodeOrSystemPageProps,
} from "@/lib/code-page/static-props";

type Params = { slug: string };

/**
 * No framework runtime: the page is read, not used, so it ships as plain HTML plus one small island
 * script (components/islands) for the search box, the locality select and the copy buttons. Without
 * JavaScript every one of them degrades to something that works (docs/islands.md).
 */
export const config = { unstable_runtimeJS: false };

export const getStaticPaths: GetStaticPaths<Params> = () => ({
  paths: getCodeOrSystemSlugs().map((slug) => ({ params: { slug } })),
  // Every code is known at build time; anything else is a 404 (wrong case is redirected by proxy.ts).
  fallback: false,
});

// `revalidate` sets the page's shared-cache lifetime (lib/cache-policy.ts); a correction is published at
// once by /api/revalidate, not by waiting for it.
export const getStaticProps: GetStaticProps<CodeOrSystemPageProps, Params> = ({ params }) => {
  const props = getCodeOrSystemPageProps(params?.slug ?? "");
  return props ? { props, revalidate: PAGE_REVALIDATE_SECONDS } : { notFound: true };
};

export default function CodeOrSystemPage(props: CodeOrSystemPageProps) {
  return (
    <StaticPage head={<PageHead head={props.head} />} islandScript={props.islandScript}>
      {props.kind === "system" ? (
        <SystemOverview system={props.system} />
      ) : (
        <>
          <JsonLd data={props.structuredData} />
          {props.kind === "reference" ? (
            <ReferenceCodePage
              model={props.model}
              dataRelease={props.dataRelease}
              rvuSection={<RvuInformation {...props.rvu} />}
            />
          ) : (
            <CodePage
              model={props.model}
              dataRelease={props.dataRelease}
              rvuSection={<RvuInformation {...props.rvu} />}
            />
          )}
        </>
      )}
    </StaticPage>
  );
}

// StaticPage draws the site shell itself (components/layout/static-page.tsx).
CodeOrSystemPage.getLayout = staticPageLayout;
