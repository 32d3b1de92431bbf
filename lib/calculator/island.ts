/**
 * What the calculator page and its island agree on: where the island renders and reads its props, and
 * what those props are. Kept apart from the page's props builder, which reads files, because the island
 * bundle imports this module in the browser.
 */
import type { CalculatorPageData } from "./page-data";
import type { CalculatorSetup, CalculatorState } from "./types";

/** The element the calculator renders into, and the JSON script its island reads its props from. */
export const CALCULATOR_ISLAND = {
  rootId: "calculator-root",
  propsId: "calculator-props",
} as const;

/** What the calculator component needs, on the server and again in the browser. */
export interface CalculatorIslandProps {
  setup: CalculatorSetup;
  parseOptions: CalculatorPageData["parseOptions"];
  initialState: CalculatorState;
  initialData: CalculatorPageData["data"];
  initialMessages: string[];
}
