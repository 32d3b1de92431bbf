/**
 * The calculator's arithmetic against figures worked out by hand from the official CMS files.
 *
 * Rows of /work/shared/data/cms/rvu25d/PPRRVU2025_Oct.csv (HCPCS, MOD, …, STATUS, NOT USED, WORK RVU,
 * NON-FAC PE RVU, NA, FACILITY PE RVU, NA, MP RVU, NON-FACILITY TOTAL, FACILITY TOTAL, …, CONV FACTOR):
 *
 *   99213,,Office o/p est low 20 min,A,,1.30,1.35,,0.57,,0.10,2.75,1.97,…,32.3465
 *   99214,,Office o/p est mod 30 min,A,,1.92,1.80,,0.83,,0.15,3.87,2.90,…,32.3465
 *   71046,26,X-ray exam chest 2 views,A,,0.22,0.08,,0.08,,0.01,0.31,0.31,…,32.3465
 *   D3351,,Apexification/recalc initial,R,,0.00,0.00,,0.00,,0.00,0.00,0.00,…,32.3465
 *   99385,,Prev visit new age 18-39,N,+,1.92,1.85,,0.75,,0.13,3.90,2.80,…,32.3465
 *
 * GPCI2025.csv: 13202,NY,01,MANHATTAN,1.065,1.166,1.656 (work, PE, MP).
 *
 * 99213 × 2 + 99214 × 1, non-facility, RVU25D:
 *   work RVUs   1.30 × 2 + 1.92           = 4.52
 *   total RVUs  2.75 × 2 + 3.87           = 9.37
 *   national    2.75 × 32.3465 = 88.952875  → $88.95 × 2 = $177.90
 *               3.87 × 32.3465 = 125.180955 → $125.18
 *               total $177.90 + $125.18   = $303.08
 *   Manhattan   99213: (1.30×1.065 + 1.35×1.166 + 0.10×1.656) × 32.3465
 *                     = (1.3845 + 1.5741 + 0.1656) × 32.3465 = 3.1242 × 32.3465 = 101.0569… → $101.06 × 2 = $202.12
 *               99214: (1.92×1.065 + 1.80×1.166 + 0.15×1.656) × 32.3465
 *                     = (2.0448 + 2.0988 + 0.2484) × 32.3465 = 4.3920 × 32.3465 = 142.0658… → $142.07
 *               total $202.12 + $142.07   = $344.19
 *
 * Same list, facility:
 *   work RVUs   4.52 (work does not depend on the setting)
 *   total RVUs  1.97 × 2 + 2.90           = 6.84
 *   national    1.97 × 32.3465 = 63.722605  → $63.72 × 2 = $127.44
 *               2.90 × 32.3465 = 93.80485   → $93.80;  total $221.24
 *   Manhattan   99213: (1.3845 + 0.57×1.166 + 0.1656) = 2.21472 × 32.3465 = 71.6384… → $71.64 × 2 = $143.28
 *               99214: (2.0448 + 0.83×1.166 + 0.2484) = 3.26098 × 32.3465 = 105.4812… → $105.48
 *               total $248.76
 */
import { beforeAll, describe, expect, it } from "vitest";

import {
  compareReleases,
  computeCalculator,
  computeLine,
  findReleaseLocality,
  pickGpciYear,
  selectRelease,
} from "@/lib/calculator/compute";
import type { CalculatorCodeData, CalculatorItem, CalculatorSetup } from "@/lib/calculator/types";
import { toLabFees } from "@/lib/fee-schedule/lab-fees";
import { getGpciLocalities, getLabFees, getReleases, getRvuRows } from "@/lib/fee-schedule/load";
import { explainPricing, type PricingCodeSystem } from "@/lib/fee-schedule/status";

const manhattan = {
  id: "13202-01",
  name: "MANHATTAN",
  state: "NY",
  pw: 1.065,
  pe: 1.166,
  mp: 1.656,
};
const rvu25d = { id: "RVU25D", conversionFactor: 32.3465 };

function labFeesOf(code: string) {
  const fees = getLabFees(code);
  if (!fees) throw new Error(`${code} is not on the lab fee schedule`);
  return toLabFees(fees);
}

/** Builds what the route handler returns, straight from the committed datasets. */
function codeData(code: string, system: PricingCodeSystem): CalculatorCodeData {
  return {
    code,
    system,
    page: null,
    releases: getReleases().map((release) => {
      const rows = getRvuRows(code, release.id);
      return { releaseId: release.id, rows, pricing: explainPricing({ code, rows, system }) };
    }),
    labFees: null,
  };
}

let data: Record<string, CalculatorCodeData>;

// Reading the three release datasets can be slow on a busy machine; keep it out of test timeouts.
beforeAll(() => {
  data = Object.fromEntries(
    (
      [
        ["99213", "CPT"],
        ["99214", "CPT"],
        ["71046", "CPT"],
        ["99385", "CPT"],
        ["D3351", "CDT"],
        ["E0114", "HCPCS"],
      ] as const
    ).map(([code, system]) => [code, codeData(code, system)]),
  );
}, 60_000);

const visits: CalculatorItem[] = [
  { code: "99213", modifier: "", units: 2 },
  { code: "99214", modifier: "", units: 1 },
];

describe("computeCalculator", () => {
  it("reads the same RVU25D rows as the CSV quoted above", () => {
    const [row99213] = getRvuRows("99213", "RVU25D");
    expect(row99213).toMatchObject({
      workRvu: 1.3,
      peNonFacility: 1.35,
      peFacility: 0.57,
      mpRvu: 0.1,
      totalNonFacility: 2.75,
      totalFacility: 1.97,
      conversionFactor: 32.3465,
    });
    const [row99214] = getRvuRows("99214", "RVU25D");
    expect(row99214).toMatchObject({
      workRvu: 1.92,
      peNonFacility: 1.8,
      peFacility: 0.83,
      mpRvu: 0.15,
    });
  });

  it("totals 99213 × 2 + 99214 × 1 in RVU25D, non-facility, as worked out by hand", () => {
    const result = computeCalculator(visits, data, {
      release: rvu25d,
      setting: "non-facility",
      gpci: manhattan,
    });
    expect(
      result.lines.map((line) => [line.key, line.figures?.rvus, line.figures?.payment]),
    ).toEqual([
      [
        "99213",
        { work: 2.6, total: 5.5 },
        { national: 177.9, qualifyingApm: null, locality: 202.12 },
      ],
      [
        "99214",
        { work: 1.92, total: 3.87 },
        { national: 125.18, qualifyingApm: null, locality: 142.07 },
      ],
    ]);
    expect(result.totals).toEqual({
      workRvu: 4.52,
      totalRvu: 9.37,
      nationalPayment: 303.08,
      nationalPaymentQualifyingApm: null,
      labFeeTotal: 0,
      labLines: 0,
      localityPayment: 344.19,
      paidLines: 2,
      unpaidLines: 0,
      referenceOnlyLines: 0,
      pendingLines: 0,
    });
  });

  it("keeps lab tests' Clinical Laboratory Fee Schedule amounts apart from the RVU totals", () => {
    // PUF_CLFS_CY2026_Q2V1.csv: 80053 $10.56 × 3 = $31.68; 85025 $7.77; 99213 paid from RVUs.
    const lab: Record<string, CalculatorCodeData> = {
      "99213": data["99213"]!,
      "80053": { ...codeData("80053", "CPT"), labFees: labFeesOf("80053") },
      "85025": { ...codeData("85025", "CPT"), labFees: labFeesOf("85025") },
    };
    const items: CalculatorItem[] = [
      { code: "99213", modifier: "", units: 1 },
      { code: "80053", modifier: "", units: 3 },
      { code: "85025", modifier: "", units: 1 },
    ];
    const rvu26c = {
      id: "RVU26C",
      conversionFactor: 33.4009,
      qualifyingApmConversionFactor: 33.5675,
    };
    const { lines, totals } = computeCalculator(items, lab, {
      release: rvu26c,
      setting: "non-facility",
      gpci: null,
    });
    expect(lines.map((line) => line.figures?.labFee)).toEqual([null, 31.68, 7.77]);
    expect(totals).toMatchObject({
      nationalPayment: 95.19,
      nationalPaymentQualifyingApm: 95.67,
      labFeeTotal: 39.45,
      labLines: 2,
      paidLines: 1,
    });
  });

  it("totals the same list in the facility setting", () => {
    const { totals } = computeCalculator(visits, data, {
      release: rvu25d,
      setting: "facility",
      gpci: manhattan,
    });
    expect(totals).toMatchObject({
      workRvu: 4.52,
      totalRvu: 6.84,
      nationalPayment: 221.24,
      localityPayment: 248.76,
    });
  });

  it("has no locality total without a locality", () => {
    const { totals, lines } = computeCalculator(visits, data, {
      release: rvu25d,
      setting: "non-facility",
      gpci: null,
    });
    expect(totals.localityPayment).toBeNull();
    expect(lines[0]?.figures?.payment).toEqual({
      national: 177.9,
      qualifyingApm: null,
      locality: null,
    });
  });

  it("keeps unpriced codes out of the payment totals and lists items without data as pending", () => {
    const items: CalculatorItem[] = [
      ...visits,
      { code: "D3351", modifier: "", units: 1 },
      { code: "E0114", modifier: "", units: 1 },
      { code: "99385", modifier: "", units: 1 },
      { code: "99999", modifier: "", units: 1 },
    ];
    const { totals, lines } = computeCalculator(items, data, {
      release: rvu25d,
      setting: "non-facility",
      gpci: null,
    });
    // 99385 (status N) adds its reference RVUs, 1.92 work and 3.90 total, but no payment.
    expect(totals).toMatchObject({
      workRvu: 6.44,
      totalRvu: 13.27,
      nationalPayment: 303.08,
      paidLines: 2,
      unpaidLines: 3,
      referenceOnlyLines: 1,
      pendingLines: 1,
    });
    expect(lines.at(-1)).toEqual({ item: items.at(-1), key: "99999", figures: null });
  });
});

describe("computeLine", () => {
  it("multiplies by units on exact hundredths", () => {
    const line = computeLine({ code: "71046", modifier: "26", units: 3 }, data["71046"]!, {
      release: rvu25d,
      setting: "non-facility",
      gpci: null,
    });
    // 0.22 × 3 = 0.66 work, 0.31 × 3 = 0.93 total; 0.31 × 32.3465 = 10.027415 → $10.03 × 3 = $30.09.
    expect(line.rvus).toEqual({ work: 0.66, total: 0.93 });
    expect(line.payment).toEqual({ national: 30.09, qualifyingApm: null, locality: null });
  });

  it("explains a dental code instead of pricing it", () => {
    const line = computeLine({ code: "D3351", modifier: "", units: 1 }, data.D3351!, {
      release: rvu25d,
      setting: "non-facility",
      gpci: manhattan,
    });
    expect(line).toMatchObject({ rvus: null, payment: null, referenceOnly: false });
    expect(line.pricing.summary).toBe("Dental procedure: not priced by Medicare");
  });

  it("explains a code the fee schedule does not list by the system that pays it", () => {
    const line = computeLine({ code: "E0114", modifier: "", units: 1 }, data.E0114!, {
      release: rvu25d,
      setting: "non-facility",
      gpci: null,
    });
    expect(line.pricing).toMatchObject({
      reason: "dmepos",
      summary: "Paid under the DMEPOS fee schedule",
    });
  });

  it("keeps the reference RVUs of a code Medicare does not pay, without a payment", () => {
    const line = computeLine({ code: "99385", modifier: "", units: 1 }, data["99385"]!, {
      release: rvu25d,
      setting: "facility",
      gpci: null,
    });
    expect(line).toMatchObject({
      rvus: { work: 1.92, total: 2.8 },
      payment: null,
      referenceOnly: true,
    });
    expect(line.pricing.reason).toBe("non-covered");
  });

  it("says which rows exist when the modifier has none", () => {
    const line = computeLine({ code: "99213", modifier: "26", units: 1 }, data["99213"]!, {
      release: rvu25d,
      setting: "non-facility",
      gpci: null,
    });
    expect(line.payment).toBeNull();
    expect(line.pricing).toMatchInlineSnapshot(`
      {
        "detail": "The RVU25D file lists 99213 only as: Global. Choose another modifier or remove the line.",
        "priced": false,
        "reason": "not-on-pfs",
        "summary": "No professional component (26) row for 99213 in RVU25D",
      }
    `);
  });
});

describe("pickGpciYear", () => {
  it("uses the release's own year, else the nearest, preferring the earlier on a tie", () => {
    expect(pickGpciYear(2025, [2024, 2025])).toBe(2025);
    expect(pickGpciYear(2023, [2024, 2025])).toBe(2024);
    expect(pickGpciYear(2026, [2024, 2025])).toBe(2025);
    expect(pickGpciYear(2024, [2023, 2025])).toBe(2023);
    expect(pickGpciYear(2025, [])).toBeNull();
  });
});

describe("findReleaseLocality", () => {
  it("takes the locality's GPCIs from the release's GPCI year", () => {
    const setup: CalculatorSetup = {
      releases: [],
      localitiesByYear: { "2025": getGpciLocalities(2025) },
    };
    expect(findReleaseLocality(setup, { gpciYear: 2025 }, "13202-01")).toMatchObject(manhattan);
    expect(findReleaseLocality(setup, { gpciYear: 2024 }, "13202-01")).toBeNull();
    expect(findReleaseLocality(setup, { gpciYear: 2025 }, null)).toBeNull();
  });
});

describe("compareReleases", () => {
  it("prices the same list in every release with that release's rows and conversion factor", () => {
    // PPRRVU23_OCT.csv: 99213 total 2.68, 99214 3.79, CF 33.8872.
    //   2.68 × 33.8872 = 90.817696 → $90.82 × 2 = $181.64; 3.79 × 33.8872 = 128.432488 → $128.43; $310.07
    // PPRRVU24_APR.csv: 99213 total 2.73, 99214 3.85, CF 33.2875.
    //   2.73 × 33.2875 = 90.874875 → $90.87 × 2 = $181.74; 3.85 × 33.2875 = 128.156875 → $128.16; $309.90
    // PPRRVU2026_Jul_nonQPP.csv: 99213 total 2.85, 99214 4.06, CF 33.4009.
    //   2.85 × 33.4009 = 95.192565 → $95.19 × 2 = $190.38; 4.06 × 33.4009 = 135.607654 → $135.61; $325.99
    //   at the qualifying APM factor 33.5675: $95.67 × 2 = $191.34; 4.06 × 33.5675 = 136.28405 → $136.28; $327.62
    const setup: CalculatorSetup = {
      releases: getReleases().map((release) => ({
        ...release,
        qualifyingApmConversionFactor: release.year === 2026 ? 33.5675 : null,
        gpciYear: null,
      })),
      localitiesByYear: {},
    };
    const rows = compareReleases(visits, data, setup, "non-facility", null);
    expect(rows.map((row) => row.release.id)).toEqual(["RVU23D", "RVU24B", "RVU25D", "RVU26C"]);
    expect(
      rows.map((row) => [
        row.totals.totalRvu,
        row.totals.nationalPayment,
        row.totals.nationalPaymentQualifyingApm,
      ]),
    ).toEqual([
      [9.15, 310.07, null],
      [9.31, 309.9, null],
      [9.37, 303.08, null],
      [9.76, 325.99, 327.62],
    ]);
    expect(rows.every((row) => row.totals.localityPayment === null)).toBe(true);
  });
});

describe("selectRelease", () => {
  const localities = getGpciLocalities(2025);
  const setup: CalculatorSetup = {
    releases: [
      {
        id: "RVU24B",
        label: "2024 B",
        year: 2024,
        conversionFactor: 33.2875,
        qualifyingApmConversionFactor: null,
        gpciYear: null,
      },
      {
        id: "RVU25D",
        label: "2025 D",
        year: 2025,
        conversionFactor: 32.3465,
        qualifyingApmConversionFactor: null,
        gpciYear: 2025,
      },
    ],
    localitiesByYear: { "2025": localities },
  };

  it("takes the named release with the localities of its GPCI year and the chosen locality", () => {
    const selection = selectRelease(setup, { releaseId: "RVU25D", localityId: "13202-01" });
    expect(selection?.release.id).toBe("RVU25D");
    expect(selection?.localities).toBe(localities);
    expect(selection?.locality).toMatchObject(manhattan);
  });

  it("falls back to the newest release, and has no localities for a release without GPCIs", () => {
    expect(selectRelease(setup, { releaseId: "RVU99A", localityId: null })?.release.id).toBe(
      "RVU25D",
    );
    expect(selectRelease(setup, { releaseId: "RVU24B", localityId: "13202-01" })).toMatchObject({
      localities: [],
      locality: null,
    });
  });

  it("is null when no release is imported", () => {
    expect(
      selectRelease({ releases: [], localitiesByYear: {} }, { releaseId: "", localityId: null }),
    ).toBeNull();
  });
});
