/**
 * A calculator list carried to the log: the calculator links to `/log#add=99213*2,71046-26*1`, and the
 * log offers to add those lines, dated today, once the reader confirms. The fragment never reaches the
 * server. The list is written in the calculator's own URL form (lib/calculator/items.ts).
 */
import { formatItem, parseItem } from "@/lib/calculator/items";
import { MAX_ITEMS, type CalculatorItem, type CalculatorSetting } from "@/lib/calculator/types";

export const LOG_PATH = "/log";

/** "/log#add=99213*2,71046-26*1&setting=facility": the log page, offering to add the list. */
export function logHrefForList(
  items: readonly CalculatorItem[],
  setting: CalculatorSetting,
): string {
  return `${LOG_PATH}#add=${items.map(formatItem).join(",")}&setting=${setting}`;
}

export interface CarriedList {
  items: CalculatorItem[];
  setting: CalculatorSetting;
  /** Sentences about the parts that could not be read. */
  messages: string[];
}

/** The lines a fragment carries (none when it carries no list), and its setting. */
export function readListFragment(hash: string): CarriedList {
  const setting: CalculatorSetting = /[#&]setting=facility(&|$)/.test(hash)
    ? "facility"
    : "non-facility";
  const match = /^#?add=([^&]*)/.exec(hash);
  if (!match) return { items: [], setting, messages: [] };
  let text: string;
  try {
    text = decodeURIComponent(match[1]!);
  } catch {
    return { items: [], setting, messages: ["The link's list is not valid URL-encoded text."] };
  }
  const items: CalculatorItem[] = [];
  const messages: string[] = [];
  for (const part of text.split(",").filter(Boolean).slice(0, MAX_ITEMS)) {
    const parsed = parseItem(part);
    if (parsed.ok) items.push(parsed.item);
    else messages.push(parsed.error);
  }
  return { items, setting, messages };
}
