import { describe, expect, it } from "vitest";

import { getCodeRows } from "@/lib/browse/code-rows";
import { getAllCodeEntries, getCodeEntry } from "@/lib/code-index";
import { getCode } from "@/lib/content";

describe("getCodeRows", () => {
  it("links each code and names its Medicare status in words", () => {
    const [row] = getCodeRows([getCodeEntry("99213")!]);
    expect(row).toMatchObject({
      code: "99213",
      href: "/codes/99213",
      medicareStatus: "Active code",
      kind: "curated",
    });
  });

  it("keeps a curated description whole and cuts CMS's long HCPCS text at a word, with an ellipsis", () => {
    const record = getCode("D3351")!;
    const longest = getCodeRowsOfLongestHcpcs();
    const [short] = getCodeRows([getCodeEntry("D3351")!]);
    expect(short!.description).toBe(record.description.replace(/\s+/g, " ").trim());
    expect(longest.description.length).toBeLessThanOrEqual(250);
    expect(longest.description).toMatch(/…$/);
  });

  it("never shows a name for a CPT or CDT code without a record: its descriptor is AMA or ADA text", () => {
    // Codes without a record today; found, not named, so a new record never breaks the test.
    const firstReference = (system: string) =>
      getAllCodeEntries().find((entry) => entry.system === system && entry.kind === "reference")!;
    const [cpt, cdt, hcpcs] = getCodeRows([
      firstReference("cpt"),
      firstReference("cdt"),
      getCodeEntry("E0260")!,
    ]);
    expect(cpt).toMatchObject({ kind: "reference", name: "" });
    expect(cpt!.description).toMatch(/no editorial summary yet/);
    expect(cdt).toMatchObject({ kind: "reference", name: "" });
    expect(hcpcs!.description).toMatch(/hospital bed/i);
  });
});

function getCodeRowsOfLongestHcpcs() {
  const entry = ["J9035", "E0260", "L3000", "Q4262", "G0439"]
    .map((code) => getCodeEntry(code)!)
    .filter((candidate) => candidate.kind !== "curated")
    .sort((a, b) => (b.name?.length ?? 0) - (a.name?.length ?? 0))[0]!;
  return getCodeRows([{ ...entry, name: `${"word ".repeat(120)}end` }])[0]!;
}
