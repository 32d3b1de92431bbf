/**
 * Maps the labels people write ("RVU", "wRVUs", "Modifier 26", "E&M") to glossary terms. Pure: no file
 * system, so it is tested on its own and could run in the browser.
 */

/** Lower case, accents and punctuation dropped, spaces collapsed: "E/M" and "e-m" both become "e m". */
export function normalizeLabel(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

export interface LookupSource {
  slug: string;
  term: string;
  aliases: readonly string[];
}

/**
 * The labels a term answers to: its slug, its term, the term's parts around a parenthesis
 * ("Work RVU (wRVU)" → "Work RVU" and "wRVU") and its aliases.
 */
export function getTermLabels(source: LookupSource): string[] {
  const parts = /^(.+?)\s*\((.+)\)$/.exec(source.term);
  return [source.slug, source.term, ...(parts ? [parts[1]!, parts[2]!] : []), ...source.aliases];
}

export interface TermLookup {
  /** Normalised label → slug. */
  slugByLabel: ReadonlyMap<string, string>;
}

/** Builds the label index; the loader has already rejected labels claimed by two terms. */
export function buildTermLookup(sources: readonly LookupSource[]): TermLookup {
  const slugByLabel = new Map<string, string>();
  for (const source of sources) {
    for (const label of getTermLabels(source)) {
      const key = normalizeLabel(label);
      if (key && !slugByLabel.has(key)) slugByLabel.set(key, source.slug);
    }
  }
  return { slugByLabel };
}

/** The slug a visible label stands for, trying the plural-less form ("RVUs" → "RVU") second. */
export function lookupTermSlug(lookup: TermLookup, text: string): string | undefined {
  const key = normalizeLabel(text);
  if (!key) return undefined;
  const exact = lookup.slugByLabel.get(key);
  if (exact) return exact;
  return key.length > 3 && key.endsWith("s") ? lookup.slugByLabel.get(key.slice(0, -1)) : undefined;
}
