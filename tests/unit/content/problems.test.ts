import { describe, expect, it } from "vitest";

import { didYouMean, suggestClosest } from "@/lib/content/problems";

describe("suggestClosest", () => {
  it("picks the candidate fewest typos away, ignoring case, within the allowed distance", () => {
    expect(suggestClosest("Endodontic", ["periodontics", "endodontics"])).toBe("endodontics");
    expect(suggestClosest("workRVU", ["peFacility", "workRvu"])).toBe("workRvu");
    expect(suggestClosest("orthodontics", ["rvu", "gpci"])).toBeUndefined();
  });
});

describe("didYouMean", () => {
  it("counts a swapped pair of digits as one typo, so a transposed code is still suggested", () => {
    expect(didYouMean("D3315", ["D3352", "D3351"], 1)).toBe(' (did you mean "D3351"?)');
    expect(didYouMean("D3399", ["D3352", "D3351"], 1)).toBe("");
  });
});
