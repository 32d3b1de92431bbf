import { describe, expect, it } from "vitest";

import { getLatestRelease, getReleases, getRvuRows } from "@/lib/fee-schedule/load";
import {
  formatConversionFactor,
  formatDollars,
  formatRvu,
  nationalPayment,
} from "@/lib/fee-schedule/payment";
import { resolveFigure, resolveFigureDirectives } from "@/lib/figures";

/** The row a code page's RVU table shows, read straight from the imported data. */
function row(code: string, modifier = "", release?: string) {
  const found = getRvuRows(code, release).find((candidate) => candidate.modifier === modifier);
  if (!found) throw new Error(`test data: no ${code} ${modifier} row`);
  return found;
}

function errorOf(source: string): string {
  try {
    resolveFigure(source);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`expected ${source} to fail`);
}

describe("resolveFigure", () => {
  it("formats RVU fields exactly as the code page's RVU table does", () => {
    const global = row("99213");
    expect(resolveFigure("rvu:99213:workRvu").text).toBe(formatRvu(global.workRvu));
    expect(resolveFigure("rvu:99213:peNonFacility").text).toBe(formatRvu(global.peNonFacility));
    expect(resolveFigure("rvu:99213:mpRvu").text).toBe(formatRvu(global.mpRvu));
    expect(resolveFigure("rvu:99213:totalNonFacility").text).toBe(
      formatRvu(global.totalNonFacility),
    );
    expect(resolveFigure("rvu:99213:totalFacility").text).toBe(formatRvu(global.totalFacility));
    expect(resolveFigure("rvu:99213:workRvu").text).toMatch(/^\d+\.\d{2}$/);
  });

  it("reads a modifier row when the code is written CODE-MODIFIER", () => {
    expect(resolveFigure("rvu:71046-26:totalNonFacility").text).toBe(
      formatRvu(row("71046", "26").totalNonFacility),
    );
    expect(resolveFigure("rvu:71046-tc:workRvu").text).toBe(formatRvu(row("71046", "TC").workRvu));
  });

  it("shows status letters and global indicators as CMS prints them", () => {
    expect(resolveFigure("rvu:27447:globalDays").text).toBe(row("27447").globalDays);
    expect(resolveFigure("rvu:99417:status").text).toBe(row("99417").status);
  });

  it("computes national payment with the one payment formula and the release's conversion factor", () => {
    const latest = getLatestRelease();
    const global = row("99213");
    expect(resolveFigure("payment:99213:nonFacility").text).toBe(
      formatDollars(nationalPayment(global.totalNonFacility, latest.conversionFactor)),
    );
    expect(resolveFigure("payment:99213:facility").text).toBe(
      formatDollars(nationalPayment(global.totalFacility, latest.conversionFactor)),
    );
    expect(resolveFigure("payment:99213:nonFacility").text).toMatch(/^\$\d+\.\d{2}$/);
  });

  it("uses the latest release by default and any imported release on request", () => {
    const [oldest] = getReleases();
    expect(resolveFigure("cf").text).toBe(
      formatConversionFactor(getLatestRelease().conversionFactor),
    );
    expect(resolveFigure(`cf:${oldest!.id}`).text).toBe(
      formatConversionFactor(oldest!.conversionFactor),
    );
    expect(resolveFigure(`cf:${oldest!.id.toLowerCase()}`).release.id).toBe(oldest!.id);
    expect(resolveFigure("release").text).toBe(getLatestRelease().label);
    const old = row("99213", "", oldest!.id);
    expect(resolveFigure(`payment:99213:nonFacility:${oldest!.id}`).text).toBe(
      formatDollars(nationalPayment(old.totalNonFacility, oldest!.conversionFactor)),
    );
  });

  it("sums work RVUs times counts in hundredths, so the total has no floating-point error", () => {
    const hundredths =
      Math.round(row("99213").workRvu * 100) * 4 +
      Math.round(row("99214").workRvu * 100) * 2 +
      Math.round(row("99203").workRvu * 100);
    expect(resolveFigure("wrvu-sum:99213*4,99214*2,99203").text).toBe(formatRvu(hundredths / 100));
    expect(resolveFigure("wrvu-sum: 99213*4 , 99214*2 , 99203 ").text).toBe(
      formatRvu(hundredths / 100),
    );
  });

  it("fails clearly for an unknown directive, field, setting, code, modifier or release", () => {
    expect(errorOf("rvus:99213:workRvu")).toMatchInlineSnapshot(
      `"unknown figure directive "rvus" (did you mean "rvu"?); directives are: rvu, payment, cf, release, wrvu-sum"`,
    );
    expect(errorOf("rvu:99213:wrkRvu")).toMatchInlineSnapshot(
      `"unknown field "wrkRvu" (did you mean "workRvu"?); use one of workRvu, peNonFacility, peFacility, mpRvu, totalNonFacility, totalFacility, status, globalDays"`,
    );
    expect(errorOf("payment:99213:office")).toMatchInlineSnapshot(
      `"unknown setting "office"; use one of nonFacility, facility"`,
    );
    expect(errorOf("rvu:99999:workRvu")).toMatch(
      /^99999 is not in the fee-schedule release RVU\d{2}[A-D]R?$/,
    );
    expect(errorOf("rvu:9921:workRvu")).toMatchInlineSnapshot(
      `""9921" is not a code: write CODE or CODE-MODIFIER, e.g. 99213 or 71046-26"`,
    );
    expect(errorOf("rvu:99213-26:workRvu")).toMatch(
      /^99213 has no Professional component \(26\) row in RVU\w+ \(rows: Global\)$/,
    );
    expect(errorOf("cf:RVU25X")).toMatch(
      /^unknown fee-schedule release "RVU25X" \(did you mean "RVU25D"\?\); imported releases: RVU/,
    );
    expect(errorOf("rvu:99213")).toMatchInlineSnapshot(`"expected {{rvu:CODE:FIELD[:RELEASE]}}"`);
    expect(errorOf("wrvu-sum:99213x4")).toMatchInlineSnapshot(
      `""99213x4" is not CODE or CODE*COUNT, e.g. 99213*4"`,
    );
  });

  it("refuses figures CMS does not publish: an NA setting, or payment for a code Medicare does not pay from RVUs", () => {
    expect(errorOf("payment:99223:nonFacility")).toMatch(
      /^CMS marks the non-facility setting of 99223 NA in RVU\w+, so totalNonFacility has no figure to quote; use the other setting$/,
    );
    expect(errorOf("payment:80053:nonFacility")).toMatch(
      /^Medicare does not pay 80053 from its RVUs in RVU\w+ \(excluded by law, status X\)$/,
    );
  });
});

describe("resolveFigureDirectives", () => {
  it("replaces every directive in a Markdown text and lists the releases used", () => {
    const [oldest] = getReleases();
    const result = resolveFigureDirectives(
      `Work: {{rvu:99213:workRvu}}.\n\nThen {{cf:${oldest!.id}}}, now {{cf}}.`,
      "guide.md",
    );
    expect(result.problems).toEqual([]);
    expect(result.markdown).toBe(
      `Work: ${formatRvu(row("99213").workRvu)}.\n\nThen ${formatConversionFactor(oldest!.conversionFactor)}, now ${formatConversionFactor(getLatestRelease().conversionFactor)}.`,
    );
    expect(result.releases.map((release) => release.id)).toEqual([
      oldest!.id,
      getLatestRelease().id,
    ]);
  });

  it("reports each bad directive at its file line and leaves it as written", () => {
    const markdown =
      "Intro line.\n\nA {{rvu:99213:wrkRvu}} and {{payment:99213:nonFacility}}.\n{{rvu:99213}}";
    const result = resolveFigureDirectives(markdown, "content/career/residents.md", {
      firstLine: 6,
    });
    expect(result.problems).toMatchInlineSnapshot(`
      [
        {
          "field": "body",
          "file": "content/career/residents.md",
          "line": 8,
          "message": "{{rvu:99213:wrkRvu}}: unknown field "wrkRvu" (did you mean "workRvu"?); use one of workRvu, peNonFacility, peFacility, mpRvu, totalNonFacility, totalFacility, status, globalDays",
        },
        {
          "field": "body",
          "file": "content/career/residents.md",
          "line": 9,
          "message": "{{rvu:99213}}: expected {{rvu:CODE:FIELD[:RELEASE]}}",
        },
      ]
    `);
    expect(result.markdown).toContain("{{rvu:99213:wrkRvu}}");
    expect(result.markdown).not.toContain("{{payment");
  });

  it("keeps an escaped directive literal and reports a directive that is never closed", () => {
    const result = resolveFigureDirectives(
      "Write \\{{rvu:99213:workRvu}} in Markdown.\nBroken {{rvu:99213:workRvu",
      "doc.md",
    );
    expect(result.markdown.split("\n")[0]).toBe("Write \\{{rvu:99213:workRvu}} in Markdown.");
    expect(result.problems).toMatchInlineSnapshot(`
      [
        {
          "field": "body",
          "file": "doc.md",
          "line": 2,
          "message": ""{{" without a closing "}}" on the same line (write \\{{ for a literal brace pair)",
        },
      ]
    `);
  });
});
