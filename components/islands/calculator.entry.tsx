/**
 * The calculator page's island: the header search and the rest of the code pages' islands, plus the
 * calculator itself. The calculator is the React component tree the server rendered; this bundle runs it
 * on Preact's React-compatible API (scripts/build-islands.mjs aliases react to preact/compat), which is
 * about a tenth of React DOM's size.
 */
import { render } from "preact";
import { createElement } from "react";

import { Calculator } from "@/components/calculator/calculator";
import { CALCULATOR_ISLAND, type CalculatorIslandProps } from "@/lib/calculator/island";

import "./code-page.entry";
import { asPreactChild, readIslandProps } from "./preact-island";

const root = document.getElementById(CALCULATOR_ISLAND.rootId);
const props = readIslandProps<CalculatorIslandProps>(CALCULATOR_ISLAND.propsId);
if (root && props) {
  // Preact's render (not compat's, which empties the element first, as React does) diffs the
  // server-rendered markup in place: identical nodes are kept, so the page does not flash or move.
  render(asPreactChild(createElement(Calculator, props)), root);
}
