import { describe, expect, it } from "vitest";

import { getCategoryWithCodes } from "@/lib/browse/browse-index";
import { getCategoryEntries, getCodeEntry, getEntryNeighbours } from "@/lib/code-index";

describe("getCategoryEntries", () => {
  it("is the very list the category listing pages show, so listings and neighbours share one order", () => {
    const entries = getCategoryEntries("cdt", "endodontics");
    expect(entries.length).toBeGreaterThan(1);
    expect(getCategoryWithCodes("cdt", "endodontics")!.codes).toBe(entries);
    const codes = entries.map((entry) => entry.code);
    expect(codes).toEqual([...codes].sort());
  });

  it("returns an empty list for a slug that is no category of the system", () => {
    expect(getCategoryEntries("cdt", "surgery")).toEqual([]);
  });
});

describe("getEntryNeighbours", () => {
  it("gives the codes either side of a code in its category's list", () => {
    const entries = getCategoryEntries("cdt", "endodontics");
    const index = entries.findIndex((entry) => entry.code === "D3351");
    expect(getEntryNeighbours(getCodeEntry("D3351")!)).toEqual({
      previous: entries[index - 1],
      next: entries[index + 1],
    });
  });

  it("gives no previous code for the first of a category and no next code for the last", () => {
    const entries = getCategoryEntries("cdt", "endodontics");
    expect(getEntryNeighbours(entries[0]!).previous).toBeUndefined();
    expect(getEntryNeighbours(entries.at(-1)!).next).toBeUndefined();
  });
});
