/**
 * Finds paragraphs that two records share almost word for word — the sign of a template with the code
 * swapped. Compared as sets of five-word shingles (Jaccard similarity) after normalising codes and
 * numbers, so "D3351" vs "D3352" does not hide a copy.
 */
import type { CodeRecord } from "./load-content";

export interface NearDuplicate {
  first: { code: string; paragraph: string };
  second: { code: string; paragraph: string };
  similarity: number;
}

const SHINGLE_SIZE = 5;
/** Paragraphs shorter than this are boilerplate-sized sentences; only real paragraphs are compared. */
export const MIN_WORDS = 25;
export const SIMILARITY_THRESHOLD = 0.5;

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/\b[a-z]?\d{4}[a-z]?\b/g, "#code")
    .replace(/\d+/g, "#")
    .split(/[^a-z#]+/)
    .filter(Boolean);
}

function shingles(tokens: string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE_SIZE <= tokens.length; i++)
    out.add(tokens.slice(i, i + SHINGLE_SIZE).join(" "));
  return out;
}

/** Paragraphs of a record: the prose fields and each block of its body sections. */
function paragraphsOf(record: CodeRecord): string[] {
  return [
    record.description,
    record.plainLanguage,
    ...record.faq.map((entry) => entry.answer),
    ...record.sections.flatMap((section) => section.text.split("\n")),
  ];
}

export function findNearDuplicates(
  records: CodeRecord[],
  threshold = SIMILARITY_THRESHOLD,
): NearDuplicate[] {
  const entries = records.flatMap((record) =>
    paragraphsOf(record)
      .map((paragraph) => ({ code: record.code, paragraph, tokens: words(paragraph) }))
      .filter((entry) => entry.tokens.length >= MIN_WORDS)
      .map((entry) => ({ ...entry, shingles: shingles(entry.tokens) })),
  );
  // An inverted index keeps this near-linear: only paragraphs that share a shingle are compared.
  const byShingle = new Map<string, number[]>();
  entries.forEach((entry, index) => {
    for (const shingle of entry.shingles)
      byShingle.set(shingle, [...(byShingle.get(shingle) ?? []), index]);
  });
  const found: NearDuplicate[] = [];
  entries.forEach((entry, index) => {
    const shared = new Map<number, number>();
    for (const shingle of entry.shingles) {
      for (const other of byShingle.get(shingle) ?? []) {
        if (other > index && entries[other]!.code !== entry.code)
          shared.set(other, (shared.get(other) ?? 0) + 1);
      }
    }
    for (const [other, count] of shared) {
      const candidate = entries[other]!;
      const similarity = count / (entry.shingles.size + candidate.shingles.size - count);
      if (similarity >= threshold) {
        found.push({
          first: { code: entry.code, paragraph: entry.paragraph },
          second: { code: candidate.code, paragraph: candidate.paragraph },
          similarity: Math.round(similarity * 100) / 100,
        });
      }
    }
  });
  return found.sort((a, b) => b.similarity - a.similarity);
}
