import { describe, expect, it } from "vitest";

import { countWords, getReadingMinutes, WORDS_PER_MINUTE } from "@/lib/blog/reading-time";

describe("countWords", () => {
  it("counts words, codes and numbers once each, ignoring punctuation", () => {
    expect(countWords("Report D3351 once — then D3352, as CMS's file says: 1.30 wRVUs.")).toBe(11);
    expect(countWords("  \n ")).toBe(0);
  });
});

describe("getReadingMinutes", () => {
  it("rounds up to whole minutes and never shows zero", () => {
    expect(getReadingMinutes(0)).toBe(1);
    expect(getReadingMinutes(WORDS_PER_MINUTE)).toBe(1);
    expect(getReadingMinutes(WORDS_PER_MINUTE + 1)).toBe(2);
    expect(getReadingMinutes(WORDS_PER_MINUTE * 5)).toBe(5);
  });
});
