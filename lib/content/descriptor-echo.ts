/**
 * Detects a record name that repeats or rearranges the AMA/ADA descriptor CMS prints for the code. Names
 * must be CodeAtlas's own words; this is the check that keeps them so. Pure: the caller supplies the
 * descriptor text (read from the official file at test time, never imported into the project).
 */

/** Lower-case words, punctuation and slashes dropped: "Apexification/recalc initial" → 3 words. */
export function descriptorWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== "");
}

/**
 * Bare clinical terms: when CMS's descriptor is nothing but one of these, naming the service by the term
 * is not a copy ("Direct pulp cap" for D3110). A term belongs here only if clinicians use it as the plain
 * name of the procedure, independent of any code set.
 */
export const BARE_CLINICAL_TERMS: readonly string[] = [
  "direct pulp cap",
  "indirect pulp cap",
  "intentional replantation",
  "endodontic procedure",
];

/** CMS abbreviates; "retreat" matches "retreatment", "addl" does not match "add". Four letters minimum. */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short);
}

function isBareClinicalTerm(words: readonly string[]): boolean {
  const sorted = [...new Set(words)].sort().join(" ");
  return BARE_CLINICAL_TERMS.some((term) => descriptorWords(term).sort().join(" ") === sorted);
}

export interface DescriptorEcho {
  /** Share of the descriptor's words that the name uses (prefix-aware). */
  coverage: number;
  /** Shared words over all distinct words of both (prefix-aware). */
  overlap: number;
}

/** How much of the descriptor a name repeats. */
export function measureDescriptorEcho(name: string, descriptor: string): DescriptorEcho {
  const nameWords = [...new Set(descriptorWords(name))];
  const descriptorSet = [...new Set(descriptorWords(descriptor))];
  const shared = descriptorSet.filter((word) => nameWords.some((other) => sameWord(word, other)));
  const union = nameWords.length + descriptorSet.length - shared.length;
  return {
    coverage: descriptorSet.length === 0 ? 0 : shared.length / descriptorSet.length,
    overlap: union === 0 ? 0 : shared.length / union,
  };
}

/**
 * Why a name counts as a copy of the descriptor, or undefined when it does not: the same words, every
 * descriptor word reused (a rearrangement), or half or more of all words shared. A descriptor that is a
 * bare clinical term is exempt.
 */
export function findDescriptorEcho(name: string, descriptor: string): string | undefined {
  const words = descriptorWords(descriptor);
  if (words.length === 0 || isBareClinicalTerm(words)) return undefined;
  if (descriptorWords(name).join(" ") === words.join(" ")) return "repeats the descriptor";
  const { coverage, overlap } = measureDescriptorEcho(name, descriptor);
  if (words.length >= 2 && coverage === 1) return "uses every word of the descriptor";
  if (overlap >= 0.5)
    return `shares ${Math.round(overlap * 100)}% of its words with the descriptor`;
  return undefined;
}
