import { describe, expect, it } from "vitest";

import { figureCells, textCell, writeCsv } from "@/lib/fee-schedule/csv-cells";

describe("textCell", () => {
  it("writes text a spreadsheet would run as a formula with a leading apostrophe", () => {
    for (const formula of ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])
      expect(textCell(formula)).toBe(`'${formula}`);
  });

  it("leaves other text as it is, including a formula character later in the text", () => {
    expect(textCell("Clinic A")).toBe("Clinic A");
    expect(textCell("a=b")).toBe("a=b");
    expect(textCell("")).toBe("");
  });
});

describe("figureCells", () => {
  it("writes RVUs and dollars as plain decimals with two places", () => {
    expect(
      figureCells({ rvus: { work: 2.6, total: 5.5 }, payment: { national: 177.9, locality: 12 } }),
    ).toEqual(["2.60", "5.50", "177.90", "12.00"]);
  });

  it("leaves a cell empty, never 0.00, where there is no figure", () => {
    const row = (figures: Parameters<typeof figureCells>[0]) => figureCells(figures).join(",");
    expect(row(null)).toBe(",,,");
    expect(row({ rvus: { work: 0, total: 1 }, payment: null })).toBe("0.00,1.00,,");
    expect(row({ rvus: null, payment: { national: 10.03, locality: null } })).toBe(",,10.03,");
  });
});

describe("writeCsv", () => {
  it("ends records with CRLF and quotes only fields with a comma, a quote or a line break", () => {
    expect(
      writeCsv([
        ["a", "b,c"],
        ['say "hi"', "one\ntwo", "x"],
      ]),
    ).toBe('a,"b,c"\r\n"say ""hi""","one\ntwo",x\r\n');
  });
});
