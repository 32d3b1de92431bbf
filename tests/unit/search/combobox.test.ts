import { describe, expect, it } from "vitest";
import {
  comboboxKeyAction,
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

describe("comboboxKeyAction", () => {
  const open = { active: 1, count: 3, expanded: true };

  it("moves the active option with the arrows, opening a closed list at its first or last option", () => {
    expect(comboboxKeyAction("ArrowDown", open)).toEqual({ kind: "move", active: 2 });
    expect(comboboxKeyAction("ArrowUp", { ...open, expanded: false })).toEqual({
      kind: "move",
      active: 2,
    });
  });

  it("leaves the arrows to the input while there is nothing to choose from", () => {
    expect(comboboxKeyAction("ArrowDown", { active: -1, count: 0, expanded: false })).toBeNull();
  });

  it("chooses the active option with Enter only while the list is open and an option is active", () => {
    expect(comboboxKeyAction("Enter", open)).toEqual({ kind: "choose", index: 1 });
    expect(comboboxKeyAction("Enter", { ...open, active: -1 })).toBeNull();
    expect(comboboxKeyAction("Enter", { ...open, expanded: false })).toBeNull();
  });

  it("closes an open list with Escape, and clears the input when the list is closed", () => {
    expect(comboboxKeyAction("Escape", open)).toEqual({ kind: "close" });
    expect(comboboxKeyAction("Escape", { ...open, expanded: false })).toEqual({ kind: "clear" });
  });

  it("ignores every other key", () => {
    expect(comboboxKeyAction("a", open)).toBeNull();
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
