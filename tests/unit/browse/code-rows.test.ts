import { describe, expect, it } from "vitest";

import { getCodeRows } from "@/lib/browse/code-rows";
import { getCode, type CodeRecord } from "@/lib/content";

describe("getCodeRows", () => {
  it("links each code and names its Medicare status in words", () => {
    const [row] = getCodeRows([getCode("99213")!]);
    expect(row).toMatchObject({
      code: "99213",
      href: "/codes/99213",
      medicareStatus: "Active code",
    });
  });

  it("keeps a short description whole and cuts a long one at a word, with an ellipsis", () => {
    const record = getCode("D3351")!;
    const long: CodeRecord = { ...record, description: `${"word ".repeat(120)}end` };
    const [short, cut] = getCodeRows([record, long]);
    expect(short!.description).toBe(record.description.replace(/\s+/g, " ").trim());
    expect(cut!.description.length).toBeLessThanOrEqual(250);
    expect(cut!.description).toMatch(/word…$/);
  });
});
