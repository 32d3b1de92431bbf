/**
 * What the /calculator page renders on the server: the state its URL describes, with the figures of every
 * code it carries, so a shared link reads completely without JavaScript.
 */
import { getCalculatorSetup, lookupCalculatorCode } from "@/lib/calculator/code-data";
import type { CalculatorCodeData, CalculatorSetup, CalculatorState } from "@/lib/calculator/types";
import {
  calculatorHref,
  isFormSubmission,
  parseCalculatorQuery,
  type ParseOptions,
  type QueryInput,
} from "@/lib/calculator/url-state";

export interface CalculatorPageData {
  setup: CalculatorSetup;
  parseOptions: { releaseIds: string[]; localityIds: string[] };
  state: CalculatorState;
  data: Record<string, CalculatorCodeData>;
  messages: string[];
  /** Set when the page's own form was submitted without JavaScript and went through cleanly. */
  redirectTo: string | null;
}

/** Parse options from the setup, in a form that survives serialization to the client. */
export function getParseOptions(setup: CalculatorSetup): CalculatorPageData["parseOptions"] {
  const localityIds = new Set(
    Object.values(setup.localitiesByYear)
      .flat()
      .map((locality) => locality.id),
  );
  return { releaseIds: setup.releases.map((release) => release.id), localityIds: [...localityIds] };
}

/** Parse options in the shape the parser takes. */
export function toParseOptions(options: CalculatorPageData["parseOptions"]): ParseOptions {
  return { releaseIds: options.releaseIds, localityIds: new Set(options.localityIds) };
}

export function getCalculatorPageData(query: QueryInput): CalculatorPageData {
  const setup = getCalculatorSetup();
  const parseOptions = getParseOptions(setup);
  const parsed = parseCalculatorQuery(query, toParseOptions(parseOptions));
  const messages = [...parsed.messages];
  const data: Record<string, CalculatorCodeData> = {};
  const unknown = new Set<string>();
  for (const code of new Set(parsed.state.items.map((item) => item.code))) {
    const lookup = lookupCalculatorCode(code);
    if (lookup.status === "found") data[code] = lookup.data;
    else {
      unknown.add(code);
      messages.push(`${lookup.error} It was left out of the list.`);
    }
  }
  const state = {
    ...parsed.state,
    items: parsed.state.items.filter((item) => !unknown.has(item.code)),
  };
  // Redirecting would drop the messages, so a submission with problems stays on its own URL to show them.
  const redirectTo =
    isFormSubmission(query) && messages.length === 0 ? calculatorHref(state) : null;
  return { setup, parseOptions, state, data, messages, redirectTo };
}
