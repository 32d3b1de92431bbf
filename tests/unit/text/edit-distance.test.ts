import { describe, expect, it } from "vitest";

import { editDistance } from "@/lib/text/edit-distance";

describe("editDistance", () => {
  it("is zero for equal strings and the other length when one string is empty", () => {
    expect(editDistance("D3351", "D3351")).toBe(0);
    expect(editDistance("", "")).toBe(0);
    expect(editDistance("", "rvu")).toBe(3);
    expect(editDistance("rvu", "")).toBe(3);
  });

  it("counts one insertion, deletion or replacement as one typo", () => {
    expect(editDistance("endodontic", "endodontics")).toBe(1);
    expect(editDistance("rvus", "rvu")).toBe(1);
    expect(editDistance("D3352", "D3351")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
  });

  it("counts two swapped neighbours as one typo, as in D3315 for D3351", () => {
    expect(editDistance("D3315", "D3351")).toBe(1);
    expect(editDistance("gpic", "gpci")).toBe(1);
    expect(editDistance("recieve", "receive")).toBe(1);
    expect(editDistance("99231", "99213")).toBe(1);
  });

  it("does not edit a swapped pair again, so CA to ABC takes three typos rather than two", () => {
    expect(editDistance("CA", "ABC")).toBe(3);
  });

  it("gives the same distance in both directions", () => {
    const pairs = [
      ["D3315", "D3310"],
      ["workRVU", "workRvu"],
      ["Clinical contex", "Clinical context"],
      ["abcdef", "badcfe"],
    ] as const;
    for (const [a, b] of pairs) expect(editDistance(a, b)).toBe(editDistance(b, a));
    expect(editDistance("abcdef", "badcfe")).toBe(3);
  });
});
