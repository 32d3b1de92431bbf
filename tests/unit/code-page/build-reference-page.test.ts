import { describe, expect, it, vi } from "vitest";

import { getAllCodeEntries } from "@/lib/code-index";
import { buildReferencePage } from "@/lib/code-page/build-reference-page";
import { getCodePricing } from "@/lib/fee-schedule/code-pricing";
import * as modifiers from "@/lib/modifiers";
import { getModifier } from "@/lib/modifiers";

/** The modifier lists of the first reference pages that list any, found rather than named. */
function modifierLists(count: number) {
  const lists = [];
  for (const entry of getAllCodeEntries()) {
    if (entry.kind !== "reference" || entry.system !== "cpt") continue;
    const { modifiers } = buildReferencePage(entry, getCodePricing(entry.code, entry.system));
    if (modifiers.length > 0) lists.push(modifiers);
    if (lists.length === count) break;
  }
  return lists;
}

describe("buildReferencePage", () => {
  it("names each modifier it lists as the modifier's own page does", () => {
    const listed = modifierLists(200).flat();
    expect(listed.length).toBeGreaterThan(0);
    for (const item of listed) {
      expect(item.name).toBe(getModifier(item.modifier)!.name);
      expect(item.href).toBe(`/modifiers/${item.modifier}`);
    }
  });

  it("lists modifiers in reading order: TC right after 26, RT and LT right after 50", () => {
    const orders = modifierLists(200).map((list) => list.map((item) => item.modifier).join(" "));
    const pairs = orders.filter((order) => /\b26\b/.test(order) && /\bTC\b/.test(order));
    const sides = orders.filter((order) => /\b50\b/.test(order) && /\bRT\b/.test(order));
    expect(pairs.length).toBeGreaterThan(0);
    expect(sides.length).toBeGreaterThan(0);
    for (const order of pairs) expect(order).toMatch(/^26 TC\b/);
    for (const order of sides) expect(order).toMatch(/\b50 RT LT\b/);
  });

  it("fails the build, naming the missing record, when a modifier it lists has none", () => {
    const listing = modifierLists(1)[0]![0]!.modifier;
    const lookup = vi
      .spyOn(modifiers, "getModifier")
      .mockImplementation((id) => (id === listing ? undefined : getModifier(id)));
    try {
      expect(() => modifierLists(1)).toThrow(`content/modifiers/${listing}.md: missing`);
    } finally {
      lookup.mockRestore();
    }
  });
});
