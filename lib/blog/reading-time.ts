/** Reading time shown on posts: an unhurried pace for technical prose with tables. */
export const WORDS_PER_MINUTE = 220;

/** Counts words: runs of letters or digits, so "99213", "wRVU" and "CMS's" each count once. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Whole minutes, rounded up, never less than one. */
export function getReadingMinutes(wordCount: number): number {
  return Math.max(1, Math.ceil(wordCount / WORDS_PER_MINUTE));
}
