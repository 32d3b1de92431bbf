import { describe, expect, it, vi } from "vitest";

import { renderPostBody } from "@/lib/blog/markdown";
import { getLatestRelease, getRvuRows } from "@/lib/fee-schedule/load";
import { formatDollars, formatRvu, nationalPayment } from "@/lib/fee-schedule/payment";

import { CODES } from "./code-fixtures";

// The first test to touch the fee-schedule datasets parses all of them, which takes seconds on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

// The directives themselves are tested in tests/unit/figures; these tests pin how a post places them.
function globalRow(code: string) {
  return getRvuRows(code).find((row) => row.modifier === "")!;
}

describe("renderPostBody", () => {
  it("replaces inline directives in text but leaves them alone in code", () => {
    const { html, problems, usesFeeScheduleData } = renderPostBody(
      "Work: {{rvu:99213:workRvu}}. Syntax: `{{rvu:99213:workRvu}}`.\n",
      CODES,
    );
    expect(problems).toEqual([]);
    expect(usesFeeScheduleData).toBe(true);
    expect(html).toBe(
      `<p>Work: ${formatRvu(globalRow("99213").workRvu)}. Syntax: <code>{{rvu:99213:workRvu}}</code>.</p>`,
    );
  });

  it("reads a counted work-RVU total as one directive, not as emphasis", () => {
    const { html, problems } = renderPostBody("Total: {{wrvu-total:99213x2,99214x3}}.\n", CODES);
    expect(problems).toEqual([]);
    const hundredths =
      Math.round(globalRow("99213").workRvu * 100) * 2 +
      Math.round(globalRow("99214").workRvu * 100) * 3;
    expect(html).toBe(`<p>Total: ${formatRvu(hundredths / 100)}.</p>`);
  });

  it("reports a broken directive at its line and keeps the other figures", () => {
    const { problems } = renderPostBody("Fine: {{cf}}.\n\nLater\nbroken: {{cf:RVU99Z}}.\n", CODES);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.line).toBe(4);
    expect(problems[0]!.message).toMatch(
      /^\{\{cf:RVU99Z\}\}: unknown fee-schedule release "RVU99Z"/,
    );
  });

  it("renders a table directive that stands alone as an HTML table in a scrollable region", () => {
    const { html, problems } = renderPostBody("Intro.\n\n{{cf-table}}\n", CODES);
    expect(problems).toEqual([]);
    expect(html).toContain(
      '<div class="blog-table" role="region" aria-label="Table 1 (scrolls sideways)" tabindex="0"><table>',
    );
  });

  it("links table codes that have a page and leaves the others as plain code", () => {
    const { html } = renderPostBody("{{rvu-table:99213,99214}}\n", CODES);
    const row = globalRow("99213");
    const payment = formatDollars(
      nationalPayment(row.totalNonFacility, getLatestRelease().conversionFactor),
    );
    expect(html).toContain(
      `<td><a href="/codes/99213"><code>99213</code></a></td>\n<td class="align-right">${formatRvu(row.workRvu)}</td>`,
    );
    expect(html).toContain(`<td class="align-right">${payment}</td>`);
    expect(html).toContain("<td><code>99214</code></td>");
  });

  it("reports a table directive written inside a sentence", () => {
    const { problems } = renderPostBody("Inline table: {{cf-table}}.\n", CODES);
    expect(problems).toMatchInlineSnapshot(`
      [
        {
          "line": 1,
          "message": "{{cf-table}}: a table directive must stand alone on its own line, with blank lines around it",
        },
      ]
    `);
  });
});
