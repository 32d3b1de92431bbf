/**
 * The suggestion logic of the site's comboboxes, shared by the header search's React combobox (App Router
 * pages), the island script that enhances the same markup on code pages, which ship no React, and the
 * wRVU log's code field.
 */

/** How many suggestions the header asks for. */
export const SUGGESTION_LIMIT = 8;
/** Wait after the last keystroke before asking, so fast typing sends one request. */
export const SUGGEST_DEBOUNCE_MS = 120;

/** The header form's element ids: one header per page, so they are fixed. */
export const SITE_SEARCH_INPUT_ID = "site-search";
export const SITE_SEARCH_LISTBOX_ID = "site-search-suggestions";

/** One suggestion as `GET /api/search` returns it. */
export interface Suggestion {
  code: string;
  name: string;
  systemLabel: string;
  href: string;
  matched: string;
}

/** The search API URL for a query. */
export function suggestionsUrl(query: string): string {
  return `/api/search?limit=${SUGGESTION_LIMIT}&q=${encodeURIComponent(query.trim())}`;
}

/** Id of the option element at `index`. */
export function suggestionOptionId(index: number): string {
  return `${SITE_SEARCH_LISTBOX_ID}-option-${index}`;
}

/**
 * The option an arrow key makes active. Opening a closed list starts at the first (down) or last (up)
 * option rather than where the list was left; within an open list the arrows wrap around.
 */
export function stepActiveOption(
  current: number,
  step: 1 | -1,
  count: number,
  expanded: boolean,
): number {
  if (count === 0) return -1;
  if (!expanded) return step === 1 ? 0 : count - 1;
  return (current + step + count) % count;
}

/** What a key pressed in a combobox's input does to its list of suggestions. */
export type ComboboxKeyAction =
  | { kind: "move"; active: number }
  | { kind: "choose"; index: number }
  | { kind: "close" }
  | { kind: "clear" };

/**
 * The ARIA 1.2 combobox keyboard pattern: the arrows move through the options and open the list, Enter
 * chooses the active option of an open list, Escape closes an open list and clears the input of a closed
 * one. Null when the key is the input's own, as the arrows are while there is nothing to choose from.
 */
export function comboboxKeyAction(
  key: string,
  list: { active: number; count: number; expanded: boolean },
): ComboboxKeyAction | null {
  if (key === "ArrowDown" || key === "ArrowUp") {
    if (list.count === 0) return null;
    const step = key === "ArrowDown" ? 1 : -1;
    return { kind: "move", active: stepActiveOption(list.active, step, list.count, list.expanded) };
  }
  if (key === "Enter" && list.expanded && list.active >= 0)
    return { kind: "choose", index: list.active };
  if (key === "Escape") return { kind: list.expanded ? "close" : "clear" };
  return null;
}

/** What a screen reader hears when the list opens. */
export function suggestionsAnnouncement(count: number): string {
  return `${count} suggestions. Use the up and down arrows to choose.`;
}

/** True when "/" should move focus to the search box: not while the reader is typing elsewhere. */
export function isSearchShortcut(event: {
  key: string;
  metaKey: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  target: EventTarget | null;
}): boolean {
  const target = event.target as { closest?: (selector: string) => unknown } | null;
  const typing = target?.closest?.("input, textarea, select, [contenteditable=true]");
  return event.key === "/" && !typing && !event.metaKey && !event.ctrlKey && !event.altKey;
}
