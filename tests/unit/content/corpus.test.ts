/**
 * Checks on the published corpus as a whole: scope, coverage of the endodontic range, and families that
 * link both ways.
 */
import { describe, expect, it } from "vitest";

import { getAllCodes, getCode } from "@/lib/content";
import { getAllFeeScheduleCodes } from "@/lib/fee-schedule/load";

describe("the code corpus", () => {
  it("has at least 150 records across CDT, CPT and HCPCS Level II", () => {
    const codes = getAllCodes();
    expect(codes.length).toBeGreaterThanOrEqual(150);
    expect(new Set(codes.map((record) => record.system))).toEqual(new Set(["cdt", "cpt", "hcpcs"]));
  });

  it("has a page for every D3xxx code in the RVU25D file", () => {
    const endodontic = getAllFeeScheduleCodes("RVU25D").filter((code) => /^D3\d{3}$/.test(code));
    expect(endodontic).toHaveLength(46);
    expect(endodontic.filter((code) => !getCode(code))).toEqual([]);
  });

  it("links related codes of the same category both ways", () => {
    const oneWay = getAllCodes().flatMap((record) =>
      record.related
        .filter(
          (related) =>
            related.hasPage && getCode(related.code)!.category.slug === record.category.slug,
        )
        .filter(
          (related) => !getCode(related.code)!.related.some((back) => back.code === record.code),
        )
        .map((related) => `${record.code} → ${related.code}`),
    );
    expect(oneWay).toEqual([]);
  });

  it("links the apexification visits as one family", () => {
    const family = ["D3351", "D3352", "D3353"];
    for (const code of family) {
      const related = getCode(code)!.related.map((entry) => entry.code);
      expect(related, code).toEqual(
        expect.arrayContaining(family.filter((other) => other !== code)),
      );
    }
  });

  it("points Medicare readers of 99417 to G2212", () => {
    expect(getCode("99417")!.medicareAlternative).toBe("G2212");
  });
});
