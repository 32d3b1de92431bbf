/**
 * The calculator page's state in the browser and every change it can go through, as a pure reducer. The
 * list edits themselves live in lib/calculator/items; this adds the loaded code data and what the page
 * tells the reader (messages, status, add errors).
 */
import { addItems, removeItem, setItemModifier, setItemUnits } from "@/lib/calculator/items";
import type {
  CalculatorCodeData,
  CalculatorItem,
  CalculatorModifier,
  CalculatorSetting,
  CalculatorState,
} from "@/lib/calculator/types";

export type CodeDataMap = Record<string, CalculatorCodeData>;

export interface ViewState {
  calc: CalculatorState;
  /** Figures of every code the page has loaded, by code. */
  data: CodeDataMap;
  /** Parts of the link or of the saved list that were left out, one sentence each. */
  messages: string[];
  /** False until the browser's own state (URL + localStorage) has been read; nothing is saved before. */
  restored: boolean;
  /** Result of the last add, remove or export, for the polite status line. */
  status: string;
  /** Why the last add failed, in full sentences naming the codes; null when it did not. */
  addError: string | null;
}

export type ViewAction =
  | { type: "restored"; calc: CalculatorState; data: CodeDataMap; messages: string[] }
  | { type: "looking-up"; status: string }
  | {
      type: "added";
      items: CalculatorItem[];
      data: CodeDataMap;
      status: string;
      error: string | null;
    }
  | { type: "add-error"; error: string }
  | { type: "remove"; key: string }
  | { type: "units"; key: string; units: number }
  | { type: "modifier"; key: string; modifier: CalculatorModifier }
  | { type: "setting"; setting: CalculatorSetting }
  | { type: "locality"; localityId: string | null }
  | { type: "release"; releaseId: string }
  | { type: "clear" }
  | { type: "status"; status: string }
  | { type: "dismiss-messages" };

/** The state the server rendered: nothing restored from the browser yet. */
export function createViewState(
  calc: CalculatorState,
  data: CodeDataMap,
  messages: string[],
): ViewState {
  return { calc, data, messages, restored: false, status: "", addError: null };
}

export function calculatorReducer(state: ViewState, action: ViewAction): ViewState {
  const calc = state.calc;
  const withCalc = (next: Partial<CalculatorState>): ViewState => ({
    ...state,
    calc: { ...calc, ...next },
  });
  switch (action.type) {
    case "restored":
      return {
        ...state,
        calc: action.calc,
        data: { ...state.data, ...action.data },
        messages: action.messages,
        restored: true,
      };
    case "looking-up":
      return { ...state, status: action.status, addError: null };
    case "added": {
      const added = addItems(calc.items, action.items);
      const errors = [action.error, ...added.messages].filter((text) => text !== null);
      return {
        ...withCalc({ items: added.items }),
        data: { ...state.data, ...action.data },
        status: action.status,
        addError: errors.length > 0 ? errors.join(" ") : null,
      };
    }
    case "add-error":
      return { ...state, addError: action.error, status: "" };
    case "remove":
      return {
        ...withCalc({ items: removeItem(calc.items, action.key) }),
        status: `Removed ${action.key}.`,
      };
    case "units":
      return withCalc({ items: setItemUnits(calc.items, action.key, action.units) });
    case "modifier":
      return withCalc({ items: setItemModifier(calc.items, action.key, action.modifier) });
    case "setting":
      return withCalc({ setting: action.setting });
    case "locality":
      return withCalc({ localityId: action.localityId });
    case "release":
      return withCalc({ releaseId: action.releaseId });
    case "clear":
      return { ...withCalc({ items: [] }), status: "Cleared the list." };
    case "status":
      return { ...state, status: action.status };
    case "dismiss-messages":
      return { ...state, messages: [] };
  }
}

/** True when the code has a row with that modifier in any release. */
export function hasModifierRow(data: CalculatorCodeData, modifier: CalculatorModifier): boolean {
  return data.releases.some((release) => release.rows.some((row) => row.modifier === modifier));
}
