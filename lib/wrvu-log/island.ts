/**
 * What the log page and its island agree on: where the island renders, where it reads its props, and
 * what they are. The island bundle imports this module, so it holds no loader.
 */
import type { CalculatorSetup } from "@/lib/calculator/types";

export const LOG_ISLAND = {
  /** The element holding the log's parts, each hydrated in a task of its own (log.entry.tsx). */
  partsId: "log-parts",
  /** The attribute naming the part an element holds (components/log/log-app.tsx's LOG_PARTS). */
  partAttribute: "data-log-part",
  propsId: "log-props",
} as const;

/** The service worker's address; its scope is the log page alone (docs/wrvu-log.md). */
export const LOG_SERVICE_WORKER = { url: "/log-sw.js", scope: "/log" } as const;

export interface LogIslandProps {
  /** Imported releases (oldest first) and the localities of each GPCI year. */
  setup: CalculatorSetup;
  /**
   * The day the server rendered the page, in its own calendar. The island's first render uses it too,
   * so that render matches the server's markup and hydrates it without touching the DOM; the log then
   * moves to the reader's own today.
   */
  renderedOn: string;
}
