import { describe, expect, it } from "vitest";

import type {
  CalculatorCodeData,
  CalculatorRelease,
  CalculatorSetup,
} from "@/lib/calculator/types";
import { logHrefForList, readListFragment } from "@/lib/wrvu-log/calculator-list";
import { mergeEntries, sortEntries, type LogEntry } from "@/lib/wrvu-log/entry";
import { buildLogJson, parseLogFile } from "@/lib/wrvu-log/log-file";
import { isIsoDate, periodKey, periodLabel, periodRange } from "@/lib/wrvu-log/periods";
import { estimateProductivity, formatDifference, reconcileMonth } from "@/lib/wrvu-log/reconcile";
import { logPricing, topCodes, totalEntries, workRvuSeries } from "@/lib/wrvu-log/totals";

const release = (id: string, year: number, conversionFactor: number): CalculatorRelease => ({
  id,
  label: id,
  year,
  conversionFactor,
  qualifyingApmConversionFactor: null,
  gpciYear: null,
});

const SETUP: CalculatorSetup = {
  releases: [release("RVU25D", 2025, 32), release("RVU26C", 2026, 33)],
  localitiesByYear: {},
};

const row = (workRvu: number, total: number) => ({
  modifier: "",
  status: "A",
  notUsedForMedicarePayment: false,
  workRvu,
  peNonFacility: total - workRvu,
  peNonFacilityNa: false,
  peFacility: total - workRvu,
  peFacilityNa: false,
  mpRvu: 0,
  totalNonFacility: total,
  totalFacility: total,
});

const PRICED = { priced: true, reason: "priced", summary: "", detail: "" } as const;

const DATA: Record<string, CalculatorCodeData> = {
  "99213": {
    code: "99213",
    system: "CPT",
    page: null,
    labFees: null,
    releases: [
      { releaseId: "RVU25D", rows: [row(1.3, 2.5)], pricing: PRICED },
      { releaseId: "RVU26C", rows: [row(1.2, 2.4)], pricing: PRICED },
    ],
  },
} as unknown as Record<string, CalculatorCodeData>;

function entry(id: string, date: string, units = 1, location = ""): LogEntry {
  return {
    id,
    date,
    code: "99213",
    modifier: "",
    units,
    setting: "non-facility",
    location,
    note: "",
  };
}

const current = logPricing(SETUP, null, null)!;
const contract = logPricing(SETUP, "RVU25D", null)!;

describe("periodKey", () => {
  it("puts a Sunday in the week that began the Monday before", () => {
    expect(periodKey("2026-03-08", "week")).toBe("2026-03-02");
    expect(periodKey("2026-03-09", "week")).toBe("2026-03-09");
  });
  it("names months and years by their prefix", () => {
    expect(periodKey("2026-03-08", "month")).toBe("2026-03");
    expect(periodLabel("2026-03", "month")).toBe("March 2026");
  });
  it("lists consecutive months across a year end", () => {
    expect(periodRange("2026-02", "month", 3)).toEqual(["2025-12", "2026-01", "2026-02"]);
  });
});

describe("isIsoDate", () => {
  it("refuses dates that are not on the calendar", () => {
    expect(isIsoDate("2026-02-28")).toBe(true);
    expect(isIsoDate("2026-02-30")).toBe(false);
    expect(isIsoDate("3/4/2026")).toBe(false);
  });
});

describe("totalEntries", () => {
  it("adds work RVUs times units in the chosen release, in exact hundredths", () => {
    const entries = [entry("a", "2026-03-02", 3), entry("b", "2026-03-03")];
    expect(totalEntries(entries, DATA, contract).workRvu).toBe(5.2);
    expect(totalEntries(entries, DATA, current).workRvu).toBe(4.8);
    expect(totalEntries(entries, DATA, current).nationalPayment).toBe(316.8);
  });
  it("counts entries whose figures have not loaded as pending, outside the sums", () => {
    const totals = totalEntries([{ ...entry("a", "2026-03-02"), code: "99214" }], DATA, current);
    expect(totals).toMatchObject({ entries: 1, pending: 1, workRvu: 0 });
  });
});

describe("workRvuSeries and topCodes", () => {
  it("gives every period a bar, 0 for an empty one", () => {
    const bars = workRvuSeries([entry("a", "2026-03-02")], DATA, current, "month", [
      "2026-02",
      "2026-03",
    ]);
    expect(bars).toEqual([
      { key: "2026-02", workRvu: 0 },
      { key: "2026-03", workRvu: 1.2 },
    ]);
    expect(topCodes([entry("a", "2026-03-02", 2)], DATA, current, 5)).toEqual([
      { key: "99213", code: "99213", units: 2, workRvu: 2.4 },
    ]);
  });
});

describe("reconcileMonth", () => {
  it("gives the reported total minus the logged one, and the split by location", () => {
    const entries = [entry("a", "2026-03-02", 1, "Clinic"), entry("b", "2026-03-03", 2)];
    expect(reconcileMonth(entries, 4, ["Clinic"], DATA, current)).toEqual({
      logged: 3.6,
      reported: 4,
      difference: 0.4,
      byLocation: [
        { location: "Clinic", entries: 1, workRvu: 1.2 },
        { location: "", entries: 1, workRvu: 2.4 },
      ],
    });
  });
});

describe("formatDifference", () => {
  it("signs a difference either way, a shortfall with a minus sign", () => {
    expect([1.2, -0.85, 0, -1].map(formatDifference)).toEqual(["+1.20", "−0.85", "0.00", "−1.00"]);
  });
});

describe("estimateProductivity", () => {
  it("pays only the work RVUs above the threshold", () => {
    expect(estimateProductivity(5200.5, 50, 5000)).toEqual({
      aboveThreshold: 200.5,
      amount: 10025,
    });
    expect(estimateProductivity(100, 50, 5000)).toEqual({ aboveThreshold: 0, amount: 0 });
  });
});

describe("mergeEntries and sortEntries", () => {
  it("replaces entries with the same id in place and appends the rest", () => {
    const merged = mergeEntries(
      [entry("a", "2026-03-01"), entry("b", "2026-03-02")],
      [entry("b", "2026-03-05"), entry("c", "2026-03-03")],
    );
    expect(merged.map(({ id, date }) => `${id} ${date}`)).toEqual([
      "a 2026-03-01",
      "b 2026-03-05",
      "c 2026-03-03",
    ]);
    expect(sortEntries(merged).map(({ id }) => id)).toEqual(["b", "c", "a"]);
  });
});

describe("parseLogFile", () => {
  it("reads back what buildLogJson wrote", () => {
    const entries = [entry("a", "2026-03-02", 2)];
    const settings = {
      contractReleaseId: "RVU25D",
      localityId: null,
      locations: ["Clinic"],
      reported: { "2026-03": 3 },
      ratePerWrvu: 50,
      annualThreshold: null,
    };
    const result = parseLogFile(buildLogJson(entries, settings, new Date("2026-03-04T10:00:00Z")));
    expect(result).toMatchObject({ ok: true, file: { entries, settings } });
  });
  it("names the entry's row and field of every problem, and refuses the file", () => {
    const text = JSON.stringify({
      format: "codeatlas-wrvu-log",
      version: 1,
      entries: [entry("a", "2026-03-02"), { ...entry("b", "2026-02-30"), units: 0 }],
    });
    expect(parseLogFile(text)).toMatchInlineSnapshot(`
      {
        "errors": [
          "Entry 2: date: must be a calendar date written YYYY-MM-DD",
          "Entry 2: units: Too small: expected number to be >=1",
        ],
        "ok": false,
      }
    `);
  });
  it("writes codes in upper case and names one that is not a billing code", () => {
    const file = (code: string) =>
      JSON.stringify({
        format: "codeatlas-wrvu-log",
        version: 1,
        entries: [{ ...entry("a", "2026-03-02"), code }],
      });
    expect(parseLogFile(file("d3330"))).toMatchObject({
      ok: true,
      file: { entries: [{ code: "D3330" }] },
    });
    expect(parseLogFile(file("hello"))).toEqual({
      ok: false,
      errors: ['Entry 1: code: "hello" is not a billing code'],
    });
  });
  it("says when a file is not JSON or not a log", () => {
    expect(parseLogFile("{")).toMatchObject({
      ok: false,
      errors: [expect.stringMatching(/not JSON/)],
    });
    expect(parseLogFile("[]")).toMatchObject({
      ok: false,
      errors: [expect.stringMatching(/not a CodeAtlas/)],
    });
  });
});

describe("readListFragment", () => {
  it("reads back the calculator's link", () => {
    const href = logHrefForList([{ code: "71046", modifier: "26", units: 2 }], "facility");
    expect(href).toBe("/log#add=71046-26*2&setting=facility");
    expect(readListFragment(href.slice(href.indexOf("#")))).toEqual({
      items: [{ code: "71046", modifier: "26", units: 2 }],
      setting: "facility",
      messages: [],
    });
  });
});
