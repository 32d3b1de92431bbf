/**
 * The 404 for an unknown code address (/codes/D3315, /codes/99999), with "Did you mean" in the HTML, so
 * crawlers and readers without JavaScript see the near codes too. pages/codes/[slug].tsx prerenders every
 * known code with `fallback: false`, which makes Next.js pass any other /codes/<slug> on to the fallback
 * rewrite in next.config.ts, and that sends it here. proxy.ts still runs first, so /codes/d3351 is
 * redirected to /codes/D3351 and a malformed address gets the plain 404.
 *
 * A request to this page's own address is a 404 as well: it is never a page of its own.
 */
import type { GetServerSideProps } from "next";

import { NotFoundContent } from "@/components/layout/not-found-content";
import { StaticPage, staticPageLayout } from "@/components/layout/static-page";
import { PageHead } from "@/components/seo/page-head";
import { getCodeNotFoundProps, type CodeNotFoundProps } from "@/lib/search/code-not-found-props";
import { SHELL } from "@/lib/shell";

type Params = { slug: string };

/** No framework runtime, like the code pages it stands in for: the HTML and the island script. */
export const config = { unstable_runtimeJS: false };

export const getServerSideProps: GetServerSideProps<CodeNotFoundProps, Params> = async ({
  params,
  res,
}) => {
  res.statusCode = 404;
  res.setHeader("X-Robots-Tag", SHELL.notFound.robots);
  return { props: getCodeNotFoundProps(params?.slug ?? "") };
};

export default function CodeNotFound({ head, suggestions, islandScript }: CodeNotFoundProps) {
  return (
    <StaticPage head={<PageHead head={head} />} islandScript={islandScript}>
      <NotFoundContent suggestions={suggestions} />
    </StaticPage>
  );
}

// StaticPage draws the site shell itself (components/layout/static-page.tsx).
CodeNotFound.getLayout = staticPageLayout;
