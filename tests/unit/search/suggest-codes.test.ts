/**
 * The "Did you mean" list of the 404 pages, on a two-code fixture: D3354 and D3355.
 */
import path from "node:path";

import { afterAll, describe, expect, it, vi } from "vitest";

import { getCodeSuggestions } from "@/lib/search/suggest-codes";

vi.stubEnv("CONTENT_DIR", path.join(__dirname, "../../fixtures/retired-content"));
afterAll(() => vi.unstubAllEnvs());

const NEAR_D3356 = [
  { code: "D3355", name: "Pulpal regeneration, initial visit", href: "/codes/D3355" },
  { code: "D3354", name: "Pulpal regeneration (retired code)", href: "/codes/D3354" },
];

describe("getCodeSuggestions", () => {
  it("lists the codes one or two characters away, nearest number first, with a link to each", () => {
    expect(getCodeSuggestions("D3356")).toEqual(NEAR_D3356);
  });

  it("reads the code as a reader types it: any case, with spaces or hyphens", () => {
    expect(getCodeSuggestions("d 33-56")).toEqual(NEAR_D3356);
  });

  it("never suggests the code that was typed", () => {
    expect(getCodeSuggestions("D3355").map((suggestion) => suggestion.code)).toEqual(["D3354"]);
  });

  it("looks at the first 40 characters only", () => {
    expect(getCodeSuggestions(`${" ".repeat(35)}D3356`)).toEqual(NEAR_D3356);
    expect(getCodeSuggestions(`${" ".repeat(40)}D3356`)).toEqual([]);
  });

  it("suggests nothing for text that is no code", () => {
    for (const typed of ["", "ZZZZZ", "../../etc/passwd", "<script>alert(1)</script>", "D33"])
      expect(getCodeSuggestions(typed), typed).toEqual([]);
  });
});
