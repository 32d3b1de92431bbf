import { describe, expect, it } from "vitest";
import {
  isSearchShortcut,
  stepActiveOption,
  suggestionOptionId,
  suggestionsUrl,
} from "@/lib/search/combobox";

describe("stepActiveOption", () => {
  it("opens a closed list at the first option going down and the last going up", () => {
    expect(stepActiveOption(3, 1, 5, false)).toBe(0);
    expect(stepActiveOption(3, -1, 5, false)).toBe(4);
  });

  it("wraps around within an open list", () => {
    expect(stepActiveOption(4, 1, 5, true)).toBe(0);
    expect(stepActiveOption(0, -1, 5, true)).toBe(4);
    expect(stepActiveOption(-1, 1, 5, true)).toBe(0);
  });

  it("has no active option in an empty list", () => {
    expect(stepActiveOption(0, 1, 0, true)).toBe(-1);
  });
});

describe("suggestionsUrl", () => {
  it("asks for eight results and encodes the trimmed query", () => {
    expect(suggestionsUrl("  knee & hip ")).toBe("/api/search?limit=8&q=knee%20%26%20hip");
  });
});

describe("suggestionOptionId", () => {
  it("names options after the listbox", () => {
    expect(suggestionOptionId(2)).toBe("site-search-suggestions-option-2");
  });
});

describe("isSearchShortcut", () => {
  const key = (overrides: Partial<Parameters<typeof isSearchShortcut>[0]>) => ({
    key: "/",
    metaKey: false,
    ctrlKey: false,
    altKey: false,
    target: { closest: () => null } as unknown as EventTarget,
    ...overrides,
  });

  it("takes a bare slash outside a text field", () => {
    expect(isSearchShortcut(key({}))).toBe(true);
  });

  it("leaves the slash to text fields and to shortcuts with modifiers", () => {
    expect(
      isSearchShortcut(key({ target: { closest: () => ({}) } as unknown as EventTarget })),
    ).toBe(false);
    expect(isSearchShortcut(key({ ctrlKey: true }))).toBe(false);
    expect(isSearchShortcut(key({ key: "a" }))).toBe(false);
  });
});
