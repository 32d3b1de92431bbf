/** Groups terms under their first letter for the A–Z index. Pure. */

export interface LetterGroup<T> {
  /** "A"…"Z", or "#" for terms that start with a digit or symbol. */
  letter: string;
  terms: T[];
}

export const ALPHABET: readonly string[] = Array.from({ length: 26 }, (_, index) =>
  String.fromCharCode(65 + index),
);

export function letterOf(term: string): string {
  const first = term.normalize("NFKD").charAt(0).toUpperCase();
  return ALPHABET.includes(first) ? first : "#";
}

/** Groups already-sorted terms by letter, keeping their order; letters without terms are left out. */
export function groupByLetter<T extends { term: string }>(terms: readonly T[]): LetterGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const term of terms) {
    const letter = letterOf(term.term);
    groups.set(letter, [...(groups.get(letter) ?? []), term]);
  }
  return [...groups.entries()]
    .map(([letter, grouped]) => ({ letter, terms: grouped }))
    .sort((a, b) =>
      a.letter === "#" ? -1 : b.letter === "#" ? 1 : a.letter.localeCompare(b.letter),
    );
}
