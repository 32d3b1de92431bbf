/**
 * The calculator's list: reading one line from text ("71046-26*2"), writing it back, and the edits the page
 * makes. Pure functions over plain arrays; every edit returns a new array.
 */
import { normalizeCode } from "@/lib/codes/code-system";
import {
  MAX_ITEMS,
  MAX_UNITS,
  type CalculatorItem,
  type CalculatorModifier,
} from "@/lib/calculator/types";

export type ItemParseResult = { ok: true; item: CalculatorItem } | { ok: false; error: string };

/*
 * Strict form, as the URL writes it: CODE, then -MOD, then *UNITS. The typed form also accepts a space
 * before the modifier and "x" before the units ("71046 TC x2"), because that is how people type it.
 */
const STRICT_ITEM = /^([A-Z0-9]{5})(?:-([A-Z0-9]{1,3}))?(?:\*(\d{1,4}))?$/;
const TYPED_ITEM = /^([A-Z0-9]{5})(?:[\s-]+(?!X\s*\d+$)([A-Z0-9]{1,3}))?(?:\s*[*X]\s*(\d{1,4}))?$/;

const MODIFIERS: Record<string, CalculatorModifier> = { "26": "26", TC: "TC" };

/** Longest stretch of refused text quoted back; a pasted paragraph is named by its start. */
const QUOTE_MAX = 24;

/** Refused text as it may be quoted in a message: control characters dropped, long text cut. */
export function quoteInput(text: string): string {
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, "");
  return `"${clean.length > QUOTE_MAX ? `${clean.slice(0, QUOTE_MAX)}…` : clean}"`;
}

/**
 * Reads one line. `typed` accepts what people type in the add box; without it only the URL form is valid.
 * Errors are sentences that name the text they refuse.
 */
export function parseItem(text: string, options: { typed?: boolean } = {}): ItemParseResult {
  const raw = text.trim();
  const upper = raw.toUpperCase();
  const match = (options.typed ? TYPED_ITEM : STRICT_ITEM).exec(upper);
  if (!match) {
    return {
      ok: false,
      error: `${quoteInput(raw)} is not a code. Codes have five characters, such as 99213, J0585 or D3351, optionally followed by -26 or -TC.`,
    };
  }
  const [, rawCode = "", rawModifier, rawUnits] = match;
  const code = normalizeCode(rawCode);
  if (!code) {
    // The first five characters are the code in both forms; quote them as typed, not upper-cased.
    return {
      ok: false,
      error: `${quoteInput(raw.slice(0, 5))} is not a CPT, HCPCS Level II or CDT code.`,
    };
  }
  let modifier: CalculatorModifier = "";
  if (rawModifier !== undefined) {
    const known = MODIFIERS[rawModifier];
    if (!known) {
      return {
        ok: false,
        error: `Modifier ${rawModifier} on ${code} is not one the calculator prices: use 26 (professional component) or TC (technical component).`,
      };
    }
    modifier = known;
  }
  const units = rawUnits === undefined ? 1 : Number(rawUnits);
  if (!Number.isInteger(units) || units < 1 || units > MAX_UNITS) {
    return { ok: false, error: `Units for ${code} must be a whole number from 1 to ${MAX_UNITS}.` };
  }
  return { ok: true, item: { code, modifier, units } };
}

/** "71046-26": identifies a line; the same code with another modifier is another line. */
export function itemKey(item: Pick<CalculatorItem, "code" | "modifier">): string {
  return item.modifier ? `${item.code}-${item.modifier}` : item.code;
}

/** "71046-26*2": the URL form of a line, which {@link parseItem} reads back. */
export function formatItem(item: CalculatorItem): string {
  return `${itemKey(item)}*${item.units}`;
}

export interface AddResult {
  items: CalculatorItem[];
  /** Sentences about what could not be added as asked (list full, units capped). */
  messages: string[];
}

/**
 * Adds lines to a list. A line that is already there gains the units instead of appearing twice, capped at
 * {@link MAX_UNITS}; lines beyond {@link MAX_ITEMS} are refused with a message.
 */
export function addItems(
  items: readonly CalculatorItem[],
  added: readonly CalculatorItem[],
): AddResult {
  const next = items.map((item) => ({ ...item }));
  const messages: string[] = [];
  for (const item of added) {
    const existing = next.find((candidate) => itemKey(candidate) === itemKey(item));
    if (existing) {
      const units = existing.units + item.units;
      if (units > MAX_UNITS) {
        messages.push(`${itemKey(item)} is limited to ${MAX_UNITS} units.`);
      }
      existing.units = Math.min(units, MAX_UNITS);
    } else if (next.length >= MAX_ITEMS) {
      messages.push(
        `The list holds at most ${MAX_ITEMS} lines, so ${itemKey(item)} was not added.`,
      );
    } else {
      next.push({ ...item });
    }
  }
  return { items: next, messages };
}

/** The list without the line `key` ("71046-26"). */
export function removeItem(items: readonly CalculatorItem[], key: string): CalculatorItem[] {
  return items.filter((item) => itemKey(item) !== key);
}

/** Sets the units of line `key`; values outside 1–{@link MAX_UNITS} leave the list unchanged. */
export function setItemUnits(
  items: readonly CalculatorItem[],
  key: string,
  units: number,
): CalculatorItem[] {
  if (!Number.isInteger(units) || units < 1 || units > MAX_UNITS) return [...items];
  return items.map((item) => (itemKey(item) === key ? { ...item, units } : item));
}

/**
 * Switches line `key` to another modifier. When the list already has that line, the two merge (units
 * added, capped) at the position of the existing one, so a key never appears twice.
 */
export function setItemModifier(
  items: readonly CalculatorItem[],
  key: string,
  modifier: CalculatorModifier,
): CalculatorItem[] {
  const index = items.findIndex((item) => itemKey(item) === key);
  const item = items[index];
  if (!item || item.modifier === modifier) return [...items];
  const changed = { ...item, modifier };
  const target = items.findIndex((candidate) => itemKey(candidate) === itemKey(changed));
  if (target === -1) return items.map((candidate, i) => (i === index ? changed : candidate));
  return items.flatMap((candidate, i) => {
    if (i === index) return [];
    if (i === target)
      return [{ ...candidate, units: Math.min(candidate.units + item.units, MAX_UNITS) }];
    return [candidate];
  });
}
