import { describe, expect, it } from "vitest";

import { describeCuration } from "@/lib/browse/curation-summary";

describe("describeCuration", () => {
  it.each([
    [46, 46, "all explained in full by CodeAtlas"],
    [1, 1, "explained in full by CodeAtlas"],
    [120, 0, "each with its figures from the CMS files"],
    [1, 0, "with its figures from the CMS files"],
    [
      2500,
      1200,
      "1,200 explained in full by CodeAtlas, the others with their figures from the CMS files",
    ],
  ])("%i codes, %i curated: %s", (total, curated, expected) => {
    expect(describeCuration(total, curated)).toBe(expected);
  });
});
