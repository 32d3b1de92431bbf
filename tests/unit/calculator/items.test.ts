import { describe, expect, it } from "vitest";

import {
  addItems,
  formatItem,
  itemKey,
  parseItem,
  quoteInput,
  removeItem,
  setItemModifier,
  setItemUnits,
} from "@/lib/calculator/items";
import { MAX_ITEMS, type CalculatorItem } from "@/lib/calculator/types";

const item = (
  code: string,
  modifier: CalculatorItem["modifier"] = "",
  units = 1,
): CalculatorItem => ({
  code,
  modifier,
  units,
});

describe("parseItem", () => {
  it("reads the URL form with a modifier and units", () => {
    expect(parseItem("71046-26*2")).toEqual({ ok: true, item: item("71046", "26", 2) });
    expect(parseItem("d3351")).toEqual({ ok: true, item: item("D3351") });
    expect(parseItem("71046-tc")).toEqual({ ok: true, item: item("71046", "TC") });
  });

  it("accepts what people type only when asked to", () => {
    expect(parseItem("71046 TC x3", { typed: true })).toEqual({
      ok: true,
      item: item("71046", "TC", 3),
    });
    expect(parseItem("99213 x 2", { typed: true })).toEqual({
      ok: true,
      item: item("99213", "", 2),
    });
    expect(parseItem(" 99213*2 ", { typed: true })).toEqual({
      ok: true,
      item: item("99213", "", 2),
    });
    expect(parseItem("71046 26").ok).toBe(false);
  });

  it("names the text it refuses", () => {
    expect(parseItem("99 213")).toMatchInlineSnapshot(`
      {
        "error": ""99 213" is not a code. Codes have five characters, such as 99213, J0585 or D3351, optionally followed by -26 or -TC.",
        "ok": false,
      }
    `);
    expect(parseItem("hello")).toMatchInlineSnapshot(`
      {
        "error": ""hello" is not a CPT, HCPCS Level II or CDT code.",
        "ok": false,
      }
    `);
    expect(parseItem("27447-53")).toMatchInlineSnapshot(`
      {
        "error": "Modifier 53 on 27447 is not one the calculator prices: use 26 (professional component) or TC (technical component).",
        "ok": false,
      }
    `);
    expect(parseItem("99213*0")).toMatchInlineSnapshot(`
      {
        "error": "Units for 99213 must be a whole number from 1 to 99.",
        "ok": false,
      }
    `);
    expect(parseItem("99213*100").ok).toBe(false);
  });
});

describe("quoteInput", () => {
  it("quotes refused text without control characters, cutting long text", () => {
    expect(quoteInput("ab\u0000c")).toBe('"abc"');
    expect(quoteInput("a".repeat(100))).toBe(`"${"a".repeat(24)}…"`);
  });
});

describe("itemKey", () => {
  it("joins the code and modifier, and is the bare code for the global service", () => {
    expect(itemKey(item("71046", "26"))).toBe("71046-26");
    expect(itemKey(item("99213"))).toBe("99213");
  });
});

describe("formatItem", () => {
  it("always writes the units, in a form parseItem reads back", () => {
    expect(formatItem(item("71046", "TC", 3))).toBe("71046-TC*3");
    expect(parseItem(formatItem(item("99213", "", 1)))).toEqual({ ok: true, item: item("99213") });
  });
});

describe("addItems", () => {
  it("appends new lines and merges a repeated line by adding units", () => {
    const result = addItems([item("99213", "", 2)], [item("99214"), item("99213", "", 3)]);
    expect(result).toEqual({ items: [item("99213", "", 5), item("99214")], messages: [] });
  });

  it("treats another modifier of the same code as another line", () => {
    expect(addItems([item("71046", "26")], [item("71046", "TC")]).items).toHaveLength(2);
  });

  it("caps units and the number of lines with a message", () => {
    expect(addItems([item("99213", "", 98)], [item("99213", "", 5)])).toEqual({
      items: [item("99213", "", 99)],
      messages: ["99213 is limited to 99 units."],
    });
    const full = Array.from({ length: MAX_ITEMS }, (_, index) => item(String(10000 + index)));
    expect(addItems(full, [item("99213")]).messages).toEqual([
      "The list holds at most 50 lines, so 99213 was not added.",
    ]);
  });

  it("does not change the list it was given", () => {
    const items = [item("99213")];
    addItems(items, [item("99213")]);
    expect(items).toEqual([item("99213")]);
  });
});

describe("removeItem", () => {
  it("removes only the line with that key", () => {
    expect(removeItem([item("71046", "26"), item("71046")], "71046-26")).toEqual([item("71046")]);
  });
});

describe("setItemUnits", () => {
  it("sets valid units and ignores anything else", () => {
    expect(setItemUnits([item("99213")], "99213", 4)).toEqual([item("99213", "", 4)]);
    expect(setItemUnits([item("99213")], "99213", 0)).toEqual([item("99213")]);
    expect(setItemUnits([item("99213")], "99213", 1.5)).toEqual([item("99213")]);
  });
});

describe("setItemModifier", () => {
  it("changes the modifier in place", () => {
    expect(setItemModifier([item("99214"), item("71046")], "71046", "26")).toEqual([
      item("99214"),
      item("71046", "26"),
    ]);
  });

  it("merges into an existing line with that modifier instead of duplicating it", () => {
    expect(setItemModifier([item("71046", "", 2), item("71046", "26", 1)], "71046", "26")).toEqual([
      item("71046", "26", 3),
    ]);
  });
});
