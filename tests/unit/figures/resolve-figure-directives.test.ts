import { describe, expect, it } from "vitest";

import { getLatestRelease, getReleases, getRvuRows } from "@/lib/fee-schedule/load";
import { formatConversionFactor, formatRvu } from "@/lib/fee-schedule/payment";
import { resolveFigureDirectives } from "@/lib/figures";

/** The row a code page's RVU table shows, read straight from the imported data. */
function row(code: string, modifier = "", release?: string) {
  const found = getRvuRows(code, release).find((candidate) => candidate.modifier === modifier);
  if (!found) throw new Error(`test data: no ${code} ${modifier} row`);
  return found;
}

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

  it("resolves every inline directive, including the counted work-RVU total", () => {
    const result = resolveFigureDirectives(
      "A day of {{wrvu-total:99213x4}} wRVUs; 99417 is an {{status:99417}}.",
      "guide.md",
    );
    expect(result.problems).toEqual([]);
    expect(result.markdown).not.toContain("{{");
    expect(result.markdown).toContain(
      `A day of ${formatRvu((Math.round(row("99213").workRvu * 100) * 4) / 100)} wRVUs`,
    );
  });

  it("reports a table directive, which only a blog post can place", () => {
    const result = resolveFigureDirectives("Intro.\n\n{{cf-table}}\n", "content/glossary/cf.md", {
      firstLine: 5,
    });
    expect(result.problems).toMatchInlineSnapshot(`
      [
        {
          "field": "body",
          "file": "content/glossary/cf.md",
          "line": 7,
          "message": "{{cf-table}}: table directives work only in blog posts; write a Markdown table with inline directives",
        },
      ]
    `);
    expect(result.markdown).toContain("{{cf-table}}");
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
