import type { Table } from "mdast";
import { toString } from "mdast-util-to-string";
import { describe, expect, it, vi } from "vitest";

import { FigureError, resolveFigure } from "@/lib/blog/figures";
import { renderPostBody } from "@/lib/blog/markdown";
import { getLatestRelease, getReleases, getRvuRows } from "@/lib/fee-schedule/load";
import {
  formatConversionFactor,
  formatDollars,
  formatPercentChange,
  formatRvu,
  nationalPayment,
  percentChange,
} from "@/lib/fee-schedule/payment";

import { CODES } from "./code-fixtures";

// The first test to touch the fee-schedule datasets parses all of them, which takes seconds on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

// Expected values are computed from the imported data, never typed: these tests pin the wiring, and keep
// passing when a new release is imported.
const options = { hasCodePage: (code: string) => CODES.has(code) };

function globalRow(code: string, releaseId?: string) {
  return getRvuRows(code, releaseId).find((row) => row.modifier === "")!;
}

function inlineText(source: string): string {
  const figure = resolveFigure(source, options);
  if (figure.kind !== "inline") throw new Error(`${source} rendered a table`);
  return figure.text;
}

function tableCells(source: string): string[][] {
  const figure = resolveFigure(source, options);
  if (figure.kind !== "block") throw new Error(`${source} rendered inline text`);
  return (figure.table as Table).children.map((row) => row.children.map((cell) => toString(cell)));
}

function errorOf(source: string): string {
  try {
    resolveFigure(source, options);
  } catch (error) {
    expect(error).toBeInstanceOf(FigureError);
    return (error as Error).message;
  }
  throw new Error(`expected {{${source}}} to fail`);
}

describe("resolveFigure", () => {
  const latest = getLatestRelease();
  const [first] = getReleases();

  it("fills RVUs, payments, the conversion factor and the release name from the latest release", () => {
    const row = globalRow("99213");
    expect(inlineText("rvu:99213:workRvu")).toBe(formatRvu(row.workRvu));
    expect(inlineText("rvu:99213:totalFacility")).toBe(formatRvu(row.totalFacility));
    expect(inlineText("payment:99213:nonFacility")).toBe(
      formatDollars(nationalPayment(row.totalNonFacility, latest.conversionFactor)),
    );
    expect(inlineText("cf")).toBe(formatConversionFactor(latest.conversionFactor));
    expect(inlineText("release")).toBe(latest.label);
  });

  it("reads an older release when the directive names one", () => {
    expect(inlineText(`rvu:99213:totalNonFacility:${first!.id}`)).toBe(
      formatRvu(globalRow("99213", first!.id).totalNonFacility),
    );
    expect(inlineText(`cf:${first!.id.toLowerCase()}`)).toBe(
      formatConversionFactor(first!.conversionFactor),
    );
    expect(inlineText(`cf-change:${first!.id}:${latest.id}`)).toBe(
      formatPercentChange(percentChange(first!.conversionFactor, latest.conversionFactor)),
    );
  });

  it("adds up the work RVUs of a mix of services", () => {
    const expected =
      (globalRow("99213").workRvu * 100 * 10 + globalRow("99214").workRvu * 100 * 6) / 100;
    expect(inlineText("wrvu-total:99213x10,99214x6")).toBe(formatRvu(expected));
    expect(inlineText("wrvu-total:99213")).toBe(formatRvu(globalRow("99213").workRvu));
  });

  it("builds a change table with a column per release and the payment change from first to last", () => {
    const releases = getReleases();
    const [header, visit, knee] = tableCells("fee-change-table:99213,27447");
    expect(header).toHaveLength(2 + 2 * releases.length + 1);
    expect(header!.slice(0, 2)).toEqual(["Code", "Setting"]);
    expect(visit!.slice(0, 2)).toEqual(["99213", "Non-facility"]);
    const payments = releases.map((release) =>
      nationalPayment(globalRow("99213", release.id).totalNonFacility, release.conversionFactor),
    );
    expect(visit!.slice(2 + releases.length, 2 + 2 * releases.length)).toEqual(
      payments.map(formatDollars),
    );
    expect(visit!.at(-1)).toBe(formatPercentChange(percentChange(payments[0]!, payments.at(-1)!)));
    // A total knee replacement is priced only in a facility, so it is compared at the facility rate.
    expect(knee!.slice(0, 2)).toEqual(["27447", "Facility"]);
  });

  it("links table codes that have a page and leaves the others as plain code", () => {
    const figure = resolveFigure("rvu-table:99213,99214", options);
    const rows = figure.kind === "block" ? figure.table.children : [];
    expect(rows[1]!.children[0]!.children[0]).toMatchObject({ type: "link", url: "/codes/99213" });
    expect(rows[2]!.children[0]!.children[0]).toMatchObject({ type: "inlineCode", value: "99214" });
  });

  it("shows CMS's NA in a table and lists every release in the conversion factor table", () => {
    const [, knee] = tableCells("rvu-table:27447");
    expect(knee![2]).toBe("NA");
    expect(
      tableCells("cf-table")
        .slice(1)
        .map((row) => row[0]),
    ).toEqual(getReleases().map((r) => r.label));
  });

  it("explains an unknown directive, field, setting, release or code", () => {
    expect(errorOf("rvus:99213")).toMatchInlineSnapshot(
      `"unknown directive "rvus" (did you mean "rvu"?); directives are: rvu, payment, cf, release, status, cf-change, payment-change, wrvu-total, rvu-table, fee-change-table, cf-table"`,
    );
    expect(errorOf("rvu:99213:work")).toMatchInlineSnapshot(
      `"unknown RVU field "work"; use one of workRvu, peNonFacility, peFacility, mpRvu, totalNonFacility, totalFacility"`,
    );
    expect(errorOf("payment:99213:office")).toMatchInlineSnapshot(
      `"unknown setting "office"; use one of nonFacility, facility"`,
    );
    expect(errorOf("cf:RVU19A")).toMatch(
      /^unknown fee-schedule release "RVU19A".*; imported releases: /,
    );
    expect(errorOf("rvu:9921:workRvu")).toMatchInlineSnapshot(
      `""9921" is not a billing code (five characters, upper case)"`,
    );
    expect(errorOf("rvu:99999:workRvu")).toBe(
      `99999 is not in the fee schedule release ${latest.id}`,
    );
  });

  it("refuses a wrong number of arguments, with the directive's usage", () => {
    expect(errorOf("rvu:99213")).toMatchInlineSnapshot(`"expected {{rvu:CODE:FIELD[:RELEASE]}}"`);
    expect(errorOf("payment:99213:nonFacility:")).toMatchInlineSnapshot(
      `"expected {{payment:CODE:SETTING[:RELEASE]}}"`,
    );
    expect(errorOf("fee-change-table:99213:RVU23D")).toMatchInlineSnapshot(
      `"give both FROM and TO releases, or neither"`,
    );
  });

  it("refuses figures CMS marks NA or does not use for payment", () => {
    expect(errorOf("rvu:27447:totalNonFacility")).toMatch(
      /^CMS marks the non-facility setting NA for 27447/,
    );
    expect(errorOf("payment:99417:nonFacility")).toMatch(/^99417 is not paid from RVUs in /);
  });
});

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

  it("reports a broken directive at its line and keeps the other figures", () => {
    const { problems } = renderPostBody("Fine: {{cf}}.\n\nLater\nbroken: {{cf:RVU99Z}}.\n", CODES);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.line).toBe(4);
    expect(problems[0]!.message).toMatch(
      /^figure \{\{cf:RVU99Z\}\}: unknown fee-schedule release "RVU99Z"/,
    );
  });

  it("renders a table directive that stands alone as an HTML table in a scrollable region", () => {
    const { html, problems } = renderPostBody("Intro.\n\n{{cf-table}}\n", CODES);
    expect(problems).toEqual([]);
    expect(html).toContain(
      '<div class="blog-table" role="region" aria-label="Table 1 (scrolls sideways)" tabindex="0"><table>',
    );
  });
});
