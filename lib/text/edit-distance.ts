/**
 * How many typos apart two strings are: inserting, deleting or replacing one character, or swapping two
 * neighbouring ones (D3315 ↔ D3351, "recieve" ↔ "receive"), each count as one. This is the optimal string
 * alignment form of Damerau–Levenshtein distance: a swapped pair is not edited again afterwards, which is
 * how people mistype and keeps the table to three rows.
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  // Three rows of the (a.length + 1) × (b.length + 1) table: two back, one back and the one being filled.
  let twoBack: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const replaced = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, replaced);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, twoBack[j - 2]! + 1);
      current[j] = best;
    }
    twoBack = previous;
    previous = current;
  }
  return previous[b.length]!;
}
