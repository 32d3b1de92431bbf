import { describe, expect, it } from "vitest";
import { suggestCodesForPath } from "@/lib/search/suggest-codes";

describe("suggestCodesForPath", () => {
  it("suggests codes near the last segment of an unknown address", () => {
    const suggestions = suggestCodesForPath("/codes/D3315");
    expect(suggestions[0]).toMatchObject({ code: "D3310", href: "/codes/D3310" });
    expect(suggestions.map((suggestion) => suggestion.code)).toContain("D3351");
  });

  it("has nothing for an address that is not code-shaped or cannot be decoded", () => {
    expect(suggestCodesForPath("/about-us")).toEqual([]);
    expect(suggestCodesForPath("/codes/%E0%A4%A")).toEqual([]);
    expect(suggestCodesForPath("/")).toEqual([]);
  });
});
