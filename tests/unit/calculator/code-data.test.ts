import { beforeAll, describe, expect, it } from "vitest";

import { getCalculatorSetup, lookupCalculatorCode } from "@/lib/calculator/code-data";
import { getCalculatorPageData } from "@/lib/calculator/page-data";

// The first lookup reads every content record and three release datasets; keep that out of test timeouts.
beforeAll(() => {
  lookupCalculatorCode("99213");
}, 60_000);

describe("lookupCalculatorCode", () => {
  it("returns a code's rows in every release without descriptions, and its page", () => {
    const lookup = lookupCalculatorCode("71046");
    expect(lookup.status).toBe("found");
    if (lookup.status !== "found") return;
    expect(lookup.data.system).toBe("CPT");
    expect(lookup.data.page).toEqual({ name: expect.any(String), path: "/codes/71046" });
    expect(lookup.data.releases.map((release) => release.releaseId)).toEqual([
      "RVU23D",
      "RVU24B",
      "RVU25D",
      "RVU26C",
    ]);
    const rvu26c = lookup.data.releases.at(-1)!;
    expect(rvu26c.rows.map((row) => row.modifier)).toEqual(["", "26", "TC"]);
    expect(Object.keys(rvu26c.rows[0]!).sort()).toEqual([
      "modifier",
      "mpRvu",
      "notUsedForMedicarePayment",
      "peFacility",
      "peFacilityNa",
      "peNonFacility",
      "peNonFacilityNa",
      "status",
      "totalFacility",
      "totalNonFacility",
      "workRvu",
    ]);
    expect(rvu26c.pricing.priced).toBe(true);
    expect(lookup.data.labFees).toBeNull();
  });

  it("carries a lab test's Clinical Laboratory Fee Schedule rows, not found in RVUs", () => {
    const lookup = lookupCalculatorCode("80053");
    expect(lookup.status === "found" && lookup.data.labFees).toEqual({
      schedule: {
        id: "CLFS26Q2",
        label: "Clinical Laboratory Fee Schedule, 2026 Q2",
        year: 2026,
        quarter: 2,
      },
      rows: [
        { modifier: "", pricing: "N", rate: 10.56, effectiveDate: "2026-01-01" },
        { modifier: "QW", pricing: "N", rate: 10.56, effectiveDate: "2026-01-01" },
      ],
    });
    expect(lookup.status === "found" && lookup.data.releases.at(-1)?.pricing.reason).toBe(
      "clinical-lab",
    );
  });

  it("normalises the code it is given", () => {
    expect(lookupCalculatorCode(" d3351 ")).toMatchObject({
      status: "found",
      data: { code: "D3351", system: "CDT" },
    });
  });

  it("finds codes the fee schedule does not price, with the reason per release", () => {
    const d3351 = lookupCalculatorCode("D3351");
    expect(
      d3351.status === "found" && d3351.data.releases.map((release) => release.pricing.reason),
    ).toEqual(["dental", "dental", "dental", "dental"]);
    const e0114 = lookupCalculatorCode("E0114");
    expect(e0114).toMatchObject({ status: "found", data: { code: "E0114", system: "HCPCS" } });
    expect(
      e0114.status === "found" && e0114.data.releases.every((release) => release.rows.length === 0),
    ).toBe(true);
    expect(e0114.status === "found" && e0114.data.releases[0]?.pricing.summary).toBe(
      "Paid under the DMEPOS fee schedule",
    );
  });

  it("refuses text that is not a code, and a code nothing is known about", () => {
    expect(lookupCalculatorCode("hello")).toMatchInlineSnapshot(`
      {
        "error": ""hello" is not a CPT, HCPCS Level II or CDT code.",
        "status": "invalid",
      }
    `);
    expect(lookupCalculatorCode("99999")).toMatchInlineSnapshot(`
      {
        "code": "99999",
        "error": "99999 is not in the CMS physician fee schedule data on this site (RVU23D, RVU24B, RVU25D, RVU26C).",
        "status": "unknown",
      }
    `);
  });
});

describe("getCalculatorSetup", () => {
  it("pairs each release with its GPCI year, or the nearest, and ships each year's localities once", () => {
    const setup = getCalculatorSetup();
    expect(setup.releases.map((release) => [release.id, release.gpciYear])).toEqual([
      ["RVU23D", 2024],
      ["RVU24B", 2024],
      ["RVU25D", 2025],
      ["RVU26C", 2026],
    ]);
    expect(setup.releases.map((release) => release.qualifyingApmConversionFactor)).toEqual([
      null,
      null,
      null,
      33.5675,
    ]);
    expect(Object.keys(setup.localitiesByYear).sort()).toEqual(["2024", "2025", "2026"]);
    expect(setup.localitiesByYear["2025"]?.find((locality) => locality.id === "13202-01")).toEqual({
      id: "13202-01",
      name: "MANHATTAN",
      state: "NY",
      pw: 1.065,
      pe: 1.166,
      mp: 1.656,
    });
  });
});

describe("getCalculatorPageData", () => {
  it("loads the figures of every code the URL carries and leaves out unknown ones with a message", () => {
    const page = getCalculatorPageData({ items: "99213*2,99999*1", add: "D3351" });
    expect(page.state.items.map((item) => item.code)).toEqual(["99213", "D3351"]);
    expect(Object.keys(page.data).sort()).toEqual(["99213", "D3351"]);
    expect(page.messages).toEqual([
      "99999 is not in the CMS physician fee schedule data on this site (RVU23D, RVU24B, RVU25D, RVU26C). It was left out of the list.",
    ]);
    expect(page.redirectTo).toBeNull();
  });

  it("redirects a clean submission of the page's own form to the canonical URL", () => {
    const page = getCalculatorPageData({
      items: "99213*1",
      "units.99213": "3",
      add: "99214",
      apply: "1",
      setting: "facility",
    });
    expect(page.redirectTo).toBe(
      "/calculator?items=99213*3,99214*1&setting=facility&release=RVU26C",
    );
  });
});
