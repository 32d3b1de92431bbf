/**
 * Codes close to a mistyped one, for the 404 page: D3315 → D3310, D3351. Every code a reader can look
 * up is a candidate, curated or not. Compares codes of the same
 * shape (same length, same system letter) by typo distance, then by numeric distance.
 */
import { normalizeCode } from "@/lib/codes/code-system";
import { entryLabel, getAllCodeEntries, type CodeEntry } from "@/lib/code-index";
import { editDistance } from "@/lib/text/edit-distance";
import { codePath } from "@/lib/site";

/** What the 404 page shows for one suggested code: the code, what to call it, a link to its page. */
export interface CodeSuggestion {
  code: string;
  name: string;
  href: string;
}

/** How much of what was typed is looked at: room for any code with spaces or hyphens, and no more. */
const MAX_TYPED_LENGTH = 40;

function numericPart(code: string): number {
  return Number(code.replace(/\D/g, "")) || 0;
}

/** Letter codes only compare with the same letter (D with D); numeric codes with numeric codes. */
function sameLeading(code: string, target: string): boolean {
  const isDigit = (character: string) => character >= "0" && character <= "9";
  return isDigit(target[0]!) ? isDigit(code[0]!) : code[0] === target[0];
}

/** Up to `limit` codes with a page (any code in the files) one or two characters away from what was typed. */
export function suggestCodes(typed: string, limit = 5): CodeEntry[] {
  const compact = typed.replace(/[\s-]+/g, "").toUpperCase();
  const target = normalizeCode(compact) ?? compact;
  if (!/^[A-Z]?\d{3,5}[A-Z]?$/.test(target)) return [];
  return getAllCodeEntries()
    .filter((record) => record.code.length === target.length && sameLeading(record.code, target))
    .map((record) => ({
      record,
      distance: editDistance(record.code, target),
      gap: Math.abs(numericPart(record.code) - numericPart(target)),
    }))
    .filter((candidate) => candidate.distance > 0 && candidate.distance <= 2)
    .sort(
      (a, b) =>
        a.distance - b.distance || a.gap - b.gap || a.record.code.localeCompare(b.record.code),
    )
    .slice(0, limit)
    .map((candidate) => candidate.record);
}

function describeSuggestion(entry: CodeEntry): CodeSuggestion {
  return { code: entry.code, name: entryLabel(entry), href: codePath(entry.code) };
}

/**
 * The "Did you mean" list for what a reader typed, decoded text such as "D3315": the same list whether the
 * server renders it into the 404 (pages/code-not-found/[slug].tsx) or a browser asks
 * /api/code-suggestions for it. Text that is no code shape gets an empty list.
 */
export function getCodeSuggestions(typed: string): CodeSuggestion[] {
  return suggestCodes(typed.slice(0, MAX_TYPED_LENGTH)).map(describeSuggestion);
}
