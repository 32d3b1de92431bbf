/**
 * Props for /log (pages/log.tsx), prerendered once: the page is the same for every reader, since the
 * log itself lives in the reader's browser. The releases and localities travel in the page as JSON,
 * for the island, like the calculator's.
 */
import { getCalculatorSetup } from "@/lib/calculator/code-data";
import { getLatestRelease } from "@/lib/fee-schedule/load";
import { getIslandScriptUrl } from "@/lib/islands/island-scripts";
import { buildPageHead, type PageHeadData } from "@/lib/seo/head-tags";
import { createMetadata } from "@/lib/seo/metadata";

import { LOG_PATH } from "./calculator-list";
import { localIsoDate } from "./entry";
import type { LogIslandProps } from "./island";

export interface LogPageProps {
  head: PageHeadData;
  islandScript: string;
  log: LogIslandProps;
}

const METADATA = {
  title: "wRVU log",
  description:
    "Log the procedures you do, day by day, and see your work RVUs for the week, month and year in your contract's fee schedule release, reconciled with your employer's report. Kept in your browser, offline too.",
  path: LOG_PATH,
};

export function getLogPageProps(): LogPageProps {
  // A log with no release has nothing to add up: fail the build, naming the import to run.
  getLatestRelease();
  return {
    head: buildPageHead(createMetadata(METADATA)),
    islandScript: getIslandScriptUrl("log"),
    log: { setup: getCalculatorSetup(), renderedOn: localIsoDate(new Date()) },
  };
}
