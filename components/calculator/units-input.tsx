"use client";

import { useState } from "react";

import { itemKey } from "@/lib/calculator/items";
import { MAX_UNITS, type CalculatorItem } from "@/lib/calculator/types";
import { unitsParameter } from "@/lib/calculator/url-state";

export interface UnitsInputProps {
  /** The line; its key names the field ("Units for 71046-26") and its no-JavaScript parameter. */
  item: CalculatorItem;
  onUnitsChange: (units: number) => void;
}

/**
 * Units of one line. While the reader types, the text may be briefly empty or out of range; the list only
 * changes on a valid whole number, and leaving the field puts the last valid value back.
 */
export function UnitsInput({ item, onUnitsChange }: UnitsInputProps) {
  const units = item.units;
  // null means "show the list's value": no copy of `units` to keep in sync.
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? String(units);
  const value = Number(text);
  const valid = /^\d+$/.test(text) && value >= 1 && value <= MAX_UNITS;

  return (
    <>
      <input
        type="number"
        name={unitsParameter(item)}
        inputMode="numeric"
        min={1}
        max={MAX_UNITS}
        step={1}
        value={text}
        aria-label={`Units for ${itemKey(item)}`}
        aria-invalid={valid ? undefined : true}
        onChange={(event) => {
          const next = event.target.value;
          const number = Number(next);
          if (/^\d+$/.test(next) && number >= 1 && number <= MAX_UNITS) {
            setDraft(null);
            onUnitsChange(number);
          } else {
            setDraft(next);
          }
        }}
        onBlur={() => setDraft(null)}
        className="w-16 rounded-md border border-slate-300 bg-white px-2 py-1 text-right tabular-nums aria-[invalid=true]:border-red-600 dark:border-slate-700 dark:bg-slate-900 print:hidden"
      />
      <span className="hidden tabular-nums print:inline">{units}</span>
    </>
  );
}
