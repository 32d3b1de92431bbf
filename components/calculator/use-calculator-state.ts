import { useEffect, useReducer, type Dispatch } from "react";

import { loadMissingCodes } from "@/lib/calculator/fetch-code-data";
import type { CalculatorPageData } from "@/lib/calculator/page-data";
import type { CalculatorState } from "@/lib/calculator/types";
import { restoreCalculatorState, serializeCalculatorState } from "@/lib/calculator/url-state";
import {
  calculatorReducer,
  createViewState,
  type CodeDataMap,
  type ViewAction,
  type ViewState,
} from "@/lib/calculator/view-state";

/** localStorage key; the value is the same query string the URL carries (see lib/calculator/url-state). */
const STORAGE_KEY = "codeatlas:calculator";

function readStorage(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage can be disabled (private modes, policies); the URL still carries the list.
    return null;
  }
}

export interface CalculatorStateOptions {
  parseOptions: CalculatorPageData["parseOptions"];
  initialState: CalculatorState;
  initialData: CodeDataMap;
  initialMessages: string[];
}

/** Once, in the browser: merges the URL with the list kept in localStorage and loads the codes it lacks. */
function useRestoreFromBrowser(
  parseOptions: CalculatorPageData["parseOptions"],
  initialData: CodeDataMap,
  dispatch: Dispatch<ViewAction>,
) {
  useEffect(() => {
    let cancelled = false;
    const restored = restoreCalculatorState(window.location.search, readStorage(), {
      releaseIds: parseOptions.releaseIds,
      localityIds: new Set(parseOptions.localityIds),
    });
    void loadMissingCodes(restored.state.items, initialData).then((loaded) => {
      if (cancelled) return;
      dispatch({
        type: "restored",
        calc: { ...restored.state, items: loaded.items },
        data: loaded.data,
        messages: [...restored.messages, ...loaded.messages],
      });
    });
    return () => {
      cancelled = true;
    };
  }, [parseOptions, initialData, dispatch]);
}

/** After the restore, writes every change to localStorage and to the address bar. */
function useSaveToBrowser(restored: boolean, calc: CalculatorState) {
  useEffect(() => {
    if (!restored) return;
    const query = serializeCalculatorState(calc);
    try {
      window.localStorage.setItem(STORAGE_KEY, query);
    } catch {
      // Not saved; the URL below still holds the list.
    }
    if (window.location.search !== `?${query}`) {
      window.history.replaceState(null, "", `${window.location.pathname}?${query}`);
    }
  }, [restored, calc]);
}

/**
 * The calculator's state. The server renders it from the URL alone; the browser then merges the list kept
 * in localStorage, and from then on every change is written back to both.
 */
export function useCalculatorState({
  parseOptions,
  initialState,
  initialData,
  initialMessages,
}: CalculatorStateOptions): [ViewState, Dispatch<ViewAction>] {
  const [state, dispatch] = useReducer(
    calculatorReducer,
    createViewState(initialState, initialData, initialMessages),
  );
  useRestoreFromBrowser(parseOptions, initialData, dispatch);
  useSaveToBrowser(state.restored, state.calc);
  return [state, dispatch];
}
