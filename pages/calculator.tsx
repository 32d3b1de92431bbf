/**
 * /calculator: the wRVU calculator, rendered per request from its URL. It is used, not just read, yet it
 * ships no framework runtime either: the server renders a form that works on its own, and a small island
 * renders the same React components over it with Preact (docs/islands.md), so a phone is not kept busy
 * hydrating React for a table of figures.
 */
import type { GetServerSideProps } from "next";

import { CalculatorPage } from "@/components/calculator/calculator-page";
import { StaticPage, staticPageLayout } from "@/components/layout/static-page";
import { PageHead } from "@/components/seo/page-head";
import {
  getCalculatorPageProps,
  type CalculatorPageProps,
} from "@/lib/calculator/calculator-page-props";

export const config = { unstable_runtimeJS: false };

export const getServerSideProps: GetServerSideProps<CalculatorPageProps> = async ({ query }) => {
  const result = getCalculatorPageProps(query);
  // The page's own form, sent without JavaScript, lands on the list's canonical URL; a reload then
  // does not resubmit it.
  if ("redirectTo" in result)
    return { redirect: { destination: result.redirectTo, permanent: false } };
  return { props: result.props };
};

export default function CalculatorRoute({ head, islandScript, calculator }: CalculatorPageProps) {
  return (
    <StaticPage head={<PageHead head={head} />} islandScript={islandScript}>
      <CalculatorPage calculator={calculator} />
    </StaticPage>
  );
}

// StaticPage draws the site shell itself (components/layout/static-page.tsx).
CalculatorRoute.getLayout = staticPageLayout;
