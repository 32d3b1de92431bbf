/**
 * Props for /calculator (pages/calculator.tsx), rendered per request from the URL. The page ships no
 * framework runtime: the server renders the calculator as HTML that works on its own (a GET form), and
 * the calculator island (components/islands/calculator.entry.tsx) renders the same components over it
 * in the browser from the island props, which travel in the page as JSON.
 */
import { getIslandScriptUrl } from "@/lib/islands/island-scripts";
import { buildPageHead, type PageHeadData } from "@/lib/seo/head-tags";
import { createMetadata } from "@/lib/seo/metadata";

import type { CalculatorIslandProps } from "./island";
import { getCalculatorPageData } from "./page-data";
import type { QueryInput } from "./url-state";

export interface CalculatorPageProps {
  head: PageHeadData;
  islandScript: string;
  calculator: CalculatorIslandProps;
}

export type CalculatorPageResult =
  | { props: CalculatorPageProps }
  /** The page's own form, submitted without JavaScript: on to the list's canonical URL. */
  | { redirectTo: string };

const METADATA = {
  title: "wRVU calculator",
  description:
    "Add up work RVUs, total RVUs and Medicare payment for a list of procedures, by setting, locality and fee schedule release, from the official CMS data.",
  path: "/calculator",
  // Every list is its own URL; only the bare page is worth indexing, and it is empty.
  noindex: true,
};

export function getCalculatorPageProps(query: QueryInput): CalculatorPageResult {
  const page = getCalculatorPageData(query);
  if (page.redirectTo) return { redirectTo: page.redirectTo };
  return {
    props: {
      head: buildPageHead(createMetadata(METADATA)),
      islandScript: getIslandScriptUrl("calculator"),
      calculator: {
        setup: page.setup,
        parseOptions: page.parseOptions,
        initialState: page.state,
        initialData: page.data,
        initialMessages: page.messages,
      },
    },
  };
}
