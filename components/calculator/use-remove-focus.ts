import { useEffect, useRef } from "react";

import { itemKey } from "@/lib/calculator/items";
import type { CalculatorItem } from "@/lib/calculator/types";

/**
 * Keeps keyboard focus in the list when a line is removed: on the next line's remove button, else the
 * previous line's, else the add field.
 */
export function useRemoveFocus(items: readonly CalculatorItem[]) {
  const addInput = useRef<HTMLInputElement>(null);
  const removeButtons = useRef(new Map<string, HTMLButtonElement>());
  /** After a remove: the key of the remove button to focus, "" for the add field, null for nothing. */
  const focusAfterRemove = useRef<string | null>(null);

  useEffect(() => {
    const target = focusAfterRemove.current;
    if (target === null) return;
    focusAfterRemove.current = null;
    (target ? removeButtons.current.get(target) : addInput.current)?.focus();
  }, [items]);

  return {
    addInput,
    registerRemoveButton(key: string, element: HTMLButtonElement | null) {
      if (element) removeButtons.current.set(key, element);
      else removeButtons.current.delete(key);
    },
    /** Call before removing the line `key`, so focus moves once the list has changed. */
    focusNeighbourOf(key: string) {
      const keys = items.map(itemKey);
      const index = keys.indexOf(key);
      focusAfterRemove.current = keys[index + 1] ?? keys[index - 1] ?? "";
    },
  };
}
