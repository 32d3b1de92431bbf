import { describe, expect, it } from "vitest";

import type { CalculatorResult } from "@/lib/calculator/compute";
import { buildCalculatorCsv, buildCsvFileName, CSV_HEADER } from "@/lib/calculator/csv";

const priced = {
  priced: true,
  reason: "priced",
  summary: "Priced on the Medicare physician fee schedule",
  detail: "",
} as const;

/** 99213 × 2, 71046-26, D3351, 99385 and one line still loading, RVU25D non-facility in Manhattan. */
const result: CalculatorResult = {
  lines: [
    {
      item: { code: "99213", modifier: "", units: 2 },
      key: "99213",
      figures: {
        rvus: { work: 2.6, total: 5.5 },
        payment: { national: 177.9, qualifyingApm: null, locality: 202.12 },
        labFee: null,
        pricing: priced,
        referenceOnly: false,
        settingNa: false,
      },
    },
    {
      item: { code: "71046", modifier: "26", units: 1 },
      key: "71046-26",
      figures: {
        rvus: { work: 0.22, total: 0.31 },
        payment: { national: 10.03, qualifyingApm: null, locality: 11.1 },
        labFee: null,
        pricing: priced,
        referenceOnly: false,
        settingNa: false,
      },
    },
    {
      item: { code: "D3351", modifier: "", units: 1 },
      key: "D3351",
      figures: {
        rvus: null,
        payment: null,
        labFee: null,
        pricing: {
          priced: false,
          reason: "dental",
          summary: "Dental procedure: not priced by Medicare",
          detail: "…",
        },
        referenceOnly: false,
        settingNa: false,
      },
    },
    {
      item: { code: "99385", modifier: "", units: 1 },
      key: "99385",
      figures: {
        rvus: { work: 1.92, total: 3.9 },
        payment: null,
        labFee: null,
        pricing: {
          priced: false,
          reason: "non-covered",
          summary: "Not covered by Medicare",
          detail: "…",
        },
        referenceOnly: true,
        settingNa: false,
      },
    },
    { item: { code: "99214", modifier: "", units: 1 }, key: "99214", figures: null },
  ],
  totals: {
    workRvu: 4.74,
    totalRvu: 9.71,
    nationalPayment: 187.93,
    nationalPaymentQualifyingApm: null,
    labFeeTotal: 0,
    labLines: 0,
    localityPayment: 213.22,
    paidLines: 2,
    unpaidLines: 2,
    referenceOnlyLines: 1,
    pendingLines: 1,
  },
};

describe("buildCalculatorCsv", () => {
  it("writes a header, one row per line and a totals row naming release, setting and locality", () => {
    const csv = buildCalculatorCsv(result, {
      releaseId: "RVU25D",
      setting: "non-facility",
      locality: { name: "MANHATTAN", state: "NY", gpciYear: 2025 },
    });
    expect(csv.split("\r\n")).toMatchInlineSnapshot(`
      [
        "code,modifier,units,work RVU,total RVU,national payment,locality payment,note",
        "99213,,2,2.60,5.50,177.90,202.12,",
        "71046,26,1,0.22,0.31,10.03,11.10,",
        "D3351,,1,,,,,Dental procedure: not priced by Medicare",
        "99385,,1,1.92,3.90,,,"Not covered by Medicare; RVUs listed by CMS for reference, no Medicare payment"",
        "99214,,1,,,,,figures not loaded",
        "Total,,,4.74,9.71,187.93,213.22,"RVU25D; non-facility; locality MANHATTAN (NY), 2025 GPCI"",
        "",
      ]
    `);
  });

  it("ends every record with CRLF and quotes fields holding commas or quotes", () => {
    const national = { ...result, totals: { ...result.totals, localityPayment: null } };
    const csv = buildCalculatorCsv(national, {
      releaseId: "RVU25D",
      setting: "facility",
      locality: null,
    });
    const records = csv.split("\r\n");
    expect(records[0]).toBe(CSV_HEADER.join(","));
    expect(records.at(-1)).toBe("");
    expect(records[4]).toBe(
      '99385,,1,1.92,3.90,,,"Not covered by Medicare; RVUs listed by CMS for reference, no Medicare payment"',
    );
    expect(records.at(-2)).toBe(
      "Total,,,4.74,9.71,187.93,,RVU25D; facility; national amounts only",
    );
    expect(csv.replaceAll("\r\n", "")).not.toMatch(/[\r\n]/);

    const quoted: CalculatorResult = {
      ...national,
      lines: [
        {
          item: { code: "D3351", modifier: "", units: 1 },
          key: "D3351",
          figures: {
            rvus: null,
            payment: null,
            labFee: null,
            pricing: { priced: false, reason: "dental", summary: 'Not "priced"', detail: "" },
            referenceOnly: false,
            settingNa: false,
          },
        },
      ],
    };
    const line = buildCalculatorCsv(quoted, {
      releaseId: "RVU25D",
      setting: "facility",
      locality: null,
    }).split("\r\n")[1];
    expect(line).toBe('D3351,,1,,,,,"Not ""priced"""');
  });

  it("quotes a field holding a lone line break, so a spreadsheet keeps it in one cell", () => {
    const line = result.lines[2]!;
    const wrapped: CalculatorResult = {
      ...result,
      lines: ["\n", "\r"].map((lineBreak) => ({
        ...line,
        figures: {
          ...line.figures!,
          pricing: { ...line.figures!.pricing, summary: `Not priced${lineBreak}by Medicare` },
        },
      })),
    };
    const csv = buildCalculatorCsv(wrapped, {
      releaseId: "RVU25D",
      setting: "facility",
      locality: null,
    });
    expect(csv).toContain('D3351,,1,,,,,"Not priced\nby Medicare"\r\n');
    expect(csv).toContain('D3351,,1,,,,,"Not priced\rby Medicare"\r\n');
  });

  it("writes a code, a note or a release that starts like a formula as text, never as a formula", () => {
    const line = result.lines[2]!;
    const hostile: CalculatorResult = {
      ...result,
      lines: [
        {
          ...line,
          item: { code: '=HYPERLINK("http://x")', modifier: "26", units: 1 },
          figures: {
            ...line.figures!,
            pricing: { ...line.figures!.pricing, summary: "=1+2" },
          },
        },
      ],
    };
    const records = buildCalculatorCsv(hostile, {
      releaseId: "-RVU25D",
      setting: "facility",
      locality: { name: "=CMD()", state: "NY", gpciYear: 2025 },
    }).split("\r\n");
    expect(records[1]).toBe(`"'=HYPERLINK(""http://x"")",26,1,,,,,'=1+2`);
    expect(records[2]).toBe(
      `Total,,,4.74,9.71,187.93,213.22,"'-RVU25D; facility; locality =CMD() (NY), 2025 GPCI"`,
    );
  });

  it("never writes 0.00 for a line Medicare does not pay", () => {
    const csv = buildCalculatorCsv(result, {
      releaseId: "RVU25D",
      setting: "facility",
      locality: null,
    });
    const d3351 = csv.split("\r\n").find((record) => record.startsWith("D3351"));
    expect(d3351).not.toContain("0.00");
  });
});

describe("buildCsvFileName", () => {
  it("names the release and setting", () => {
    expect(buildCsvFileName("RVU25D", "non-facility")).toBe(
      "codeatlas-wrvu-RVU25D-non-facility.csv",
    );
  });
});
