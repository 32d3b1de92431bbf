/**
 * What the log page and its island agree on: where the island renders, where it reads its props, and
 * what they are. The island bundle imports this module, so it holds no loader.
 */
import type { CalculatorSetup } from "@/lib/calculator/types";

export const LOG_ISLAND = { rootId: "log-root", propsId: "log-props" } as const;

/** The service worker's address; its scope is the log page alone (docs/wrvu-log.md). */
export const LOG_SERVICE_WORKER = { url: "/log-sw.js", scope: "/log" } as const;

export interface LogIslandProps {
  /** Imported releases (oldest first) and the localities of each GPCI year. */
  setup: CalculatorSetup;
}
