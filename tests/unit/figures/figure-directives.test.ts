import { describe, expect, it, vi } from "vitest";

import { getLatestRelease, getReleases, getRvuRows } from "@/lib/fee-schedule/load";
import {
  formatConversionFactor,
  formatDollars,
  formatPercentChange,
  formatRvu,
  nationalPayment,
  percentChange,
} from "@/lib/fee-schedule/payment";
import { explainStatus } from "@/lib/fee-schedule/status";
import {
  FigureDirectiveError,
  isBlockDirective,
  resolveFigure,
  type FigureCell,
} from "@/lib/figures";

// The first test to touch the fee-schedule datasets parses all of them, which takes seconds on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

// Expected values are computed from the imported data, never typed: these tests pin the wiring, and keep
// passing when a new release is imported.

/** The row a code page's RVU table shows, read straight from the imported data. */
function row(code: string, modifier = "", release?: string) {
  const found = getRvuRows(code, release).find((candidate) => candidate.modifier === modifier);
  if (!found) throw new Error(`test data: no ${code} ${modifier} row`);
  return found;
}

function text(source: string): string {
  const figure = resolveFigure(source);
  if (figure.kind !== "inline") throw new Error(`${source} rendered a table`);
  return figure.text;
}

function cellText(cell: FigureCell): string {
  return typeof cell === "string" ? cell : [cell.code, cell.modifier].filter(Boolean).join("-");
}

function tableCells(source: string): string[][] {
  const figure = resolveFigure(source);
  if (figure.kind !== "block") throw new Error(`${source} rendered inline text`);
  return [figure.table.header, ...figure.table.rows.map((cells) => cells.map(cellText))];
}

function errorOf(source: string): string {
  try {
    resolveFigure(source);
  } catch (error) {
    expect(error).toBeInstanceOf(FigureDirectiveError);
    return (error as Error).message;
  }
  throw new Error(`expected {{${source}}} to fail`);
}

describe("resolveFigure", () => {
  const latest = getLatestRelease();
  const releases = getReleases();
  const [oldest] = releases;

  it("formats RVU fields exactly as the code page's RVU table does", () => {
    const global = row("99213");
    expect(text("rvu:99213:workRvu")).toBe(formatRvu(global.workRvu));
    expect(text("rvu:99213:peNonFacility")).toBe(formatRvu(global.peNonFacility));
    expect(text("rvu:99213:peFacility")).toBe(formatRvu(global.peFacility));
    expect(text("rvu:99213:mpRvu")).toBe(formatRvu(global.mpRvu));
    expect(text("rvu:99213:totalNonFacility")).toBe(formatRvu(global.totalNonFacility));
    expect(text("rvu:99213:totalFacility")).toBe(formatRvu(global.totalFacility));
    expect(text("rvu:99213:workRvu")).toMatch(/^\d+\.\d{2}$/);
  });

  it("reads a modifier row when the code is written CODE-MODIFIER", () => {
    expect(text("rvu:71046-26:totalNonFacility")).toBe(
      formatRvu(row("71046", "26").totalNonFacility),
    );
    expect(text("rvu:71046-tc:workRvu")).toBe(formatRvu(row("71046", "TC").workRvu));
  });

  it("shows status letters and global indicators as CMS prints them", () => {
    expect(text("rvu:27447:globalDays")).toBe(row("27447").globalDays);
    expect(text("rvu:99417:status")).toBe(row("99417").status);
  });

  it("explains the status in words, with CMS's letter", () => {
    const status = row("80053").status;
    const name = explainStatus(status).name;
    expect(text("status:80053")).toBe(
      `${name.charAt(0).toLowerCase()}${name.slice(1)} (status ${status})`,
    );
  });

  it("computes national payment with the one payment formula and the release's conversion factor", () => {
    const global = row("99213");
    expect(text("payment:99213:nonFacility")).toBe(
      formatDollars(nationalPayment(global.totalNonFacility, latest.conversionFactor)),
    );
    expect(text("payment:99213:facility")).toBe(
      formatDollars(nationalPayment(global.totalFacility, latest.conversionFactor)),
    );
    expect(text("payment:99213:nonFacility")).toMatch(/^\$\d+\.\d{2}$/);
  });

  it("uses the latest release by default and any imported release on request", () => {
    expect(text("cf")).toBe(formatConversionFactor(latest.conversionFactor));
    expect(text("release")).toBe(latest.label);
    expect(text(`cf:${oldest!.id}`)).toBe(formatConversionFactor(oldest!.conversionFactor));
    expect(text(`release:${oldest!.id}`)).toBe(oldest!.label);
    expect(resolveFigure(`cf:${oldest!.id.toLowerCase()}`).releases).toEqual([oldest]);
    expect(text(`rvu:99213:totalNonFacility:${oldest!.id}`)).toBe(
      formatRvu(row("99213", "", oldest!.id).totalNonFacility),
    );
    const old = row("99213", "", oldest!.id);
    expect(text(`payment:99213:nonFacility:${oldest!.id}`)).toBe(
      formatDollars(nationalPayment(old.totalNonFacility, oldest!.conversionFactor)),
    );
  });

  it("gives the percentage change of the conversion factor and of a payment between two releases", () => {
    expect(text(`cf-change:${oldest!.id}:${latest.id}`)).toBe(
      formatPercentChange(percentChange(oldest!.conversionFactor, latest.conversionFactor)),
    );
    const [before, after] = [oldest!, latest].map((release) =>
      nationalPayment(row("99213", "", release.id).totalNonFacility, release.conversionFactor),
    );
    expect(text(`payment-change:99213:nonFacility:${oldest!.id}:${latest.id}`)).toBe(
      formatPercentChange(percentChange(before!, after!)),
    );
    expect(resolveFigure(`cf-change:${oldest!.id}:${latest.id}`).releases).toEqual([
      oldest,
      latest,
    ]);
  });

  it("sums work RVUs times counts in hundredths, so the total has no floating-point error", () => {
    const hundredths =
      Math.round(row("99213").workRvu * 100) * 4 +
      Math.round(row("99214").workRvu * 100) * 2 +
      Math.round(row("99203").workRvu * 100);
    expect(text("wrvu-total:99213x4,99214x2,99203")).toBe(formatRvu(hundredths / 100));
    expect(text("wrvu-total: 99213x4 , 99214x2 , 99203 ")).toBe(formatRvu(hundredths / 100));
    expect(text("wrvu-total:99213")).toBe(formatRvu(row("99213").workRvu));
    expect(text("wrvu-total:74177-26x2")).toBe(
      formatRvu((Math.round(row("74177", "26").workRvu * 100) * 2) / 100),
    );
  });

  it("tabulates RVUs and payments of several codes, with CMS's NA where it prices no setting", () => {
    const [header, visit, knee] = tableCells("rvu-table:99213,27447");
    const global = row("99213");
    expect(header).toEqual([
      "Code",
      "Work RVUs",
      "Total RVUs, non-facility",
      "Total RVUs, facility",
      "Payment, non-facility",
      "Payment, facility",
    ]);
    expect(visit).toEqual([
      "99213",
      formatRvu(global.workRvu),
      formatRvu(global.totalNonFacility),
      formatRvu(global.totalFacility),
      formatDollars(nationalPayment(global.totalNonFacility, latest.conversionFactor)),
      formatDollars(nationalPayment(global.totalFacility, latest.conversionFactor)),
    ]);
    expect(knee![2]).toBe("NA");
    expect(knee![4]).toBe("NA");
  });

  it("builds a change table with a column per release and the payment change from first to last", () => {
    const [header, visit, knee] = tableCells("fee-change-table:99213,27447");
    expect(header).toHaveLength(2 + 2 * releases.length + 1);
    expect(header!.slice(0, 2)).toEqual(["Code", "Setting"]);
    expect(visit!.slice(0, 2)).toEqual(["99213", "Non-facility"]);
    const payments = releases.map((release) =>
      nationalPayment(row("99213", "", release.id).totalNonFacility, release.conversionFactor),
    );
    expect(visit!.slice(2 + releases.length, 2 + 2 * releases.length)).toEqual(
      payments.map(formatDollars),
    );
    expect(visit!.at(-1)).toBe(formatPercentChange(percentChange(payments[0]!, payments.at(-1)!)));
    // A total knee replacement is priced only in a facility, so it is compared at the facility rate.
    expect(knee!.slice(0, 2)).toEqual(["27447", "Facility"]);
    expect(resolveFigure("fee-change-table:99213").releases).toEqual(releases);
  });

  it("limits the conversion factor table to a range of releases", () => {
    expect(
      tableCells("cf-table:RVU24B:RVU25D")
        .slice(1)
        .map((cells) => cells[0]),
    ).toEqual(["2024 April release (RVU24B)", "2025 October release (RVU25D)"]);
  });

  it("gives 2026 the qualifying APM conversion factor and prices a code with it", () => {
    expect(text("cf-apm:RVU26C")).toBe(formatConversionFactor(33.5675));
    expect(text("payment-apm:99213:nonFacility:RVU26C")).toBe(
      formatDollars(nationalPayment(row("99213", "", "RVU26C").totalNonFacility, 33.5675)),
    );
    expect(errorOf("cf-apm:RVU25D")).toBe(
      "RVU25D has one conversion factor for all clinicians; a separate qualifying APM factor starts in 2026",
    );
    expect(errorOf("payment-apm:D3351:nonFacility:RVU26C")).toContain(
      "Medicare does not pay D3351",
    );
  });

  it("gives the change of one RVU field between two releases", () => {
    expect(text("rvu-change:27447:workRvu:RVU25D:RVU26C")).toBe(
      formatPercentChange(
        percentChange(row("27447", "", "RVU25D").workRvu, row("27447", "", "RVU26C").workRvu),
      ),
    );
  });

  it("ranks the site's codes by payment change, biggest either way first, paid codes only", () => {
    const figure = resolveFigure("movers-table:RVU25D:RVU26C:3", {
      codesWithPages: ["99213", "27447", "D3351", "12001", "80053"],
    });
    if (figure.kind !== "block") throw new Error("expected a table");
    const codes = figure.table.rows.map((cells) => cellText(cells[0]!));
    expect(codes).toHaveLength(3);
    expect(codes).not.toContain("D3351");
    expect(codes).not.toContain("80053");
    const changes = figure.table.rows.map((cells) =>
      Math.abs(Number(String(cells.at(-1)).replace("−", "-").replace(/[+%]/g, ""))),
    );
    expect([...changes].sort((a, b) => b - a)).toEqual(changes);
    expect(errorOf("movers-table:RVU25D:RVU26C")).toContain("use it in a blog post");
  });

  it("lists every release in the conversion factor table, with the change from the one before", () => {
    const rows = tableCells("cf-table").slice(1);
    expect(rows.map((cells) => cells[0])).toEqual(releases.map((release) => release.label));
    expect(rows.map((cells) => cells[1])).toEqual(
      releases.map((release) => formatConversionFactor(release.conversionFactor)),
    );
    expect(rows[0]![2]).toBe("—");
    expect(rows[1]![2]).toBe(
      formatPercentChange(
        percentChange(releases[0]!.conversionFactor, releases[1]!.conversionFactor),
      ),
    );
  });

  it("fails clearly for an unknown directive, field, setting, code, modifier or release", () => {
    expect(errorOf("rvus:99213:workRvu")).toMatchInlineSnapshot(
      `"unknown figure directive "rvus" (did you mean "rvu"?); directives are: rvu, payment, cf, release, status, cf-apm, payment-apm, rvu-change, cf-change, payment-change, wrvu-total, rvu-table, fee-change-table, movers-table, cf-table"`,
    );
    expect(errorOf("rvu:99213:wrkRvu")).toMatchInlineSnapshot(
      `"unknown field "wrkRvu" (did you mean "workRvu"?); use one of workRvu, peNonFacility, peFacility, mpRvu, totalNonFacility, totalFacility, status, globalDays"`,
    );
    expect(errorOf("payment:99213:office")).toMatchInlineSnapshot(
      `"unknown setting "office"; use one of nonFacility, facility"`,
    );
    expect(errorOf("rvu:99999:workRvu")).toBe(
      `99999 is not in the fee-schedule release ${latest.id}`,
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
    expect(errorOf(`cf-change:${latest.id}:${oldest!.id}`)).toBe(
      `release ${latest.id} must come before ${oldest!.id}`,
    );
  });

  it("refuses a wrong number of arguments or a malformed list, with the directive's usage", () => {
    expect(errorOf("rvu:99213")).toMatchInlineSnapshot(`"expected {{rvu:CODE:FIELD[:RELEASE]}}"`);
    expect(errorOf("payment:99213:nonFacility:")).toMatchInlineSnapshot(
      `"expected {{payment:CODE:SETTING[:RELEASE]}}"`,
    );
    expect(errorOf("wrvu-total:99213*4")).toMatchInlineSnapshot(
      `""99213*4" is not CODE or CODExCOUNT, e.g. 99213x4"`,
    );
    expect(errorOf("rvu-table:99213,99213")).toMatchInlineSnapshot(`"99213 is listed twice"`);
    expect(errorOf("fee-change-table:99213:RVU23D")).toMatchInlineSnapshot(
      `"give both FROM and TO releases, or neither"`,
    );
  });

  it("refuses figures CMS does not publish: an NA setting, or payment for a code Medicare does not pay from RVUs", () => {
    expect(errorOf("payment:99223:nonFacility")).toMatch(
      /^CMS marks the non-facility setting of 99223 NA in RVU\w+, so totalNonFacility has no figure to quote; use the other setting$/,
    );
    expect(errorOf("rvu:27447:peNonFacility")).toMatch(
      /^CMS marks the non-facility setting of 27447 NA in RVU\w+, so peNonFacility has no figure/,
    );
    expect(errorOf("payment:80053:nonFacility")).toMatch(
      /^Medicare does not pay 80053 from its RVUs in RVU\w+ \(excluded by law, status X\)$/,
    );
  });
});

describe("isBlockDirective", () => {
  it("is true only for the directives that render a table", () => {
    expect(
      ["rvu-table:99213", "fee-change-table:99213", " cf-table "].map(isBlockDirective),
    ).toEqual([true, true, true]);
    expect(["rvu:99213:workRvu", "wrvu-total:99213", "nonsense"].map(isBlockDirective)).toEqual([
      false,
      false,
      false,
    ]);
  });
});
