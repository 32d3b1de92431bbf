/**
 * /codes/<CODE> (a code page) and /codes/cdt (a code system). These are the site's most numerous pages,
 * so they are prerendered by the Pages Router, which renders a page about five times faster than the App
 * Router: "Why code pages use the Pages Router" in the README has the numbers. The props come from the
 * same builders the rest of the site uses (lib/code-page/static-props.ts).
 */
import type { GetStaticPaths, GetStaticProps } from "next";

import { SystemOverview } from "@/components/browse/system-overview";
import { CodePage } from "@/components/code-page/code-page";
import { RvuInformation } from "@/components/code-page/rvu-information";
import { JsonLd } from "@/components/seo/json-ld";
import { PageHead } from "@/components/seo/page-head";
import {
  getCodeOrSystemPageProps,
  getCodeOrSystemSlugs,
  type CodeOrSystemPageProps,
} from "@/lib/code-page/static-props";

type Params = { slug: string };

export const getStaticPaths: GetStaticPaths<Params> = () => ({
  paths: getCodeOrSystemSlugs().map((slug) => ({ params: { slug } })),
  // Every code is known at build time; anything else is a 404 (wrong case is redirected by proxy.ts).
  fallback: false,
});

export const getStaticProps: GetStaticProps<CodeOrSystemPageProps, Params> = ({ params }) => {
  const props = getCodeOrSystemPageProps(params?.slug ?? "");
  return props ? { props } : { notFound: true };
};

export default function CodeOrSystemPage(props: CodeOrSystemPageProps) {
  if (props.kind === "system") {
    return (
      <>
        <PageHead head={props.head} />
        <SystemOverview system={props.system} />
      </>
    );
  }
  return (
    <>
      <PageHead head={props.head} />
      <JsonLd data={props.structuredData} />
      <CodePage
        model={props.model}
        dataRelease={props.dataRelease}
        rvuSection={<RvuInformation {...props.rvu} />}
      />
    </>
  );
}
