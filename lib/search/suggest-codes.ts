/**
 * Codes close to a mistyped one, for the 404 page: D3315 → D3310, D3351. Compares codes of the same
 * shape (same length, same system letter) by typo distance, then by numeric distance.
 */
import { normalizeCode } from "@/lib/codes/code-system";
import { getAllCodes, type CodeRecord } from "@/lib/content";
import { codePath } from "@/lib/site";

/** Edit distance where swapping two neighbouring digits counts as one typo (D3315 ↔ D3351). */
function typoDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

function numericPart(code: string): number {
  return Number(code.replace(/\D/g, "")) || 0;
}

/** Letter codes only compare with the same letter (D with D); numeric codes with numeric codes. */
function sameLeading(code: string, target: string): boolean {
  const isDigit = (character: string) => character >= "0" && character <= "9";
  return isDigit(target[0]!) ? isDigit(code[0]!) : code[0] === target[0];
}

/** Up to `limit` records whose codes are one or two characters away from what was typed. */
export function suggestCodes(typed: string, limit = 5): CodeRecord[] {
  const compact = typed.replace(/[\s-]+/g, "").toUpperCase();
  const target = normalizeCode(compact) ?? compact;
  if (!/^[A-Z]?\d{3,5}[A-Z]?$/.test(target)) return [];
  return getAllCodes()
    .filter((record) => record.code.length === target.length && sameLeading(record.code, target))
    .map((record) => ({
      record,
      distance: typoDistance(record.code, target),
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

export interface CodeSuggestion {
  code: string;
  name: string;
  href: string;
}

/**
 * Suggestions for an unknown address, from its last path segment (/codes/D3315 → D3310, D3351); none
 * when the segment is not code-shaped or not decodable.
 */
export function suggestCodesForPath(pathname: string, limit = 5): CodeSuggestion[] {
  const segment = pathname.split("/").filter(Boolean).at(-1) ?? "";
  let typed: string;
  try {
    typed = decodeURIComponent(segment).slice(0, 40);
  } catch {
    return [];
  }
  return suggestCodes(typed, limit).map((record) => ({
    code: record.code,
    name: record.name,
    href: codePath(record.code),
  }));
}
