/**
 * What happens to the text typed in the add field: split into codes, each parsed, then checked against
 * the fee-schedule data once it is loaded. Two steps because the loading in between is the browser's job.
 */
import { computeLine, type ComputeOptions } from "@/lib/calculator/compute";
import { itemKey, parseItem } from "@/lib/calculator/items";
import type { CalculatorItem } from "@/lib/calculator/types";
import { hasModifierRow, type CodeDataMap } from "@/lib/calculator/view-state";
import { getModifierLabel } from "@/lib/fee-schedule/status";

export interface AddPlan {
  /** Pieces that parsed, with the text they came from (kept in the field if they fail later). */
  candidates: { text: string; item: CalculatorItem }[];
  /** Sentences naming what could not be read. */
  errors: string[];
  /** Pieces to leave in the field for the reader to correct. */
  failed: string[];
  /** Codes whose data must be fetched before they can be added. */
  codesToFetch: string[];
}

export interface AddOutcome {
  items: CalculatorItem[];
  errors: string[];
  failed: string[];
}

/** Reads the add field: codes separated by commas or semicolons, each as people type them. */
export function planAdd(text: string, loaded: Readonly<CodeDataMap>): AddPlan {
  const pieces = text
    .split(/[,;]+/)
    .map((piece) => piece.trim())
    .filter(Boolean);
  if (pieces.length === 0) {
    return {
      candidates: [],
      errors: ["Type a code to add, such as 99213, 71046-26 or D3351."],
      failed: [],
      codesToFetch: [],
    };
  }
  const plan: AddPlan = { candidates: [], errors: [], failed: [], codesToFetch: [] };
  for (const piece of pieces) {
    const parsed = parseItem(piece, { typed: true });
    if (parsed.ok) plan.candidates.push({ text: piece, item: parsed.item });
    else {
      plan.errors.push(parsed.error);
      plan.failed.push(piece);
    }
  }
  const codes = new Set(plan.candidates.map(({ item }) => item.code));
  plan.codesToFetch = [...codes].filter((code) => !loaded[code]);
  return plan;
}

/**
 * Keeps the candidates whose code is known and has the row asked for. `fetchErrors` holds, by code, why a
 * fetch failed (the server's sentence naming the code).
 */
export function finishAdd(
  plan: AddPlan,
  data: Readonly<CodeDataMap>,
  fetchErrors: ReadonlyMap<string, string>,
): AddOutcome {
  const errors = new Set(plan.errors);
  const failed = [...plan.failed];
  const items: CalculatorItem[] = [];
  for (const { text, item } of plan.candidates) {
    const codeData = data[item.code];
    const problem = !codeData
      ? (fetchErrors.get(item.code) ?? `Could not load ${item.code}.`)
      : item.modifier && !hasModifierRow(codeData, item.modifier)
        ? `${item.code} has no ${getModifierLabel(item.modifier).toLowerCase()} in the fee schedule; add it without the modifier.`
        : null;
    if (problem) {
      errors.add(problem);
      failed.push(text);
    } else items.push(item);
  }
  return { items, errors: [...errors], failed };
}

/**
 * The status line after an add, one sentence per added line; a line Medicare does not pay says why, so a
 * screen reader user hears it without reading the table.
 */
export function describeAdded(
  items: readonly CalculatorItem[],
  data: Readonly<CodeDataMap>,
  options: ComputeOptions,
): string {
  return items
    .map((item) => {
      const codeData = data[item.code];
      const line = codeData ? computeLine(item, codeData, options) : null;
      return !line || line.payment
        ? `Added ${itemKey(item)}.`
        : `Added ${itemKey(item)}: ${line.pricing.summary}.`;
    })
    .join(" ");
}
