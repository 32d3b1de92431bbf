import { describe, expect, it } from "vitest";

import { describeAdded, finishAdd, planAdd } from "@/lib/calculator/add-codes";
import type { CalculatorCodeData } from "@/lib/calculator/types";

const xray: CalculatorCodeData = {
  code: "71046",
  system: "CPT",
  page: null,
  labFees: null,
  releases: [
    {
      releaseId: "RVU25D",
      rows: ["", "26", "TC"].map((modifier) => ({
        modifier,
        status: "A",
        notUsedForMedicarePayment: false,
        workRvu: 0.22,
        peNonFacility: 0.77,
        peNonFacilityNa: false,
        peFacility: 0.77,
        peFacilityNa: true,
        mpRvu: 0.02,
        totalNonFacility: 1.01,
        totalFacility: 1.01,
      })),
      pricing: { priced: true, reason: "priced", summary: "Priced", detail: "" },
    },
  ],
};
const visit: CalculatorCodeData = {
  ...xray,
  code: "99213",
  releases: [{ ...xray.releases[0]!, rows: [xray.releases[0]!.rows[0]!] }],
};

describe("planAdd", () => {
  it("splits on commas and semicolons and asks only for codes not loaded yet", () => {
    const plan = planAdd("71046-26; 99214 x2, 99213", { "71046": xray });
    expect(plan.candidates.map(({ item }) => item)).toEqual([
      { code: "71046", modifier: "26", units: 1 },
      { code: "99214", modifier: "", units: 2 },
      { code: "99213", modifier: "", units: 1 },
    ]);
    expect(plan.codesToFetch).toEqual(["99214", "99213"]);
    expect(plan.errors).toEqual([]);
  });

  it("keeps what it cannot read for the reader to correct", () => {
    const plan = planAdd("99213, nope", {});
    expect(plan.failed).toEqual(["nope"]);
    expect(plan.errors).toHaveLength(1);
  });

  it("asks for a code when the field is empty", () => {
    expect(planAdd("  , ", {}).errors).toMatchInlineSnapshot(`
      [
        "Type a code to add, such as 99213, 71046-26 or D3351.",
      ]
    `);
  });
});

describe("finishAdd", () => {
  it("adds known codes and names the unknown ones with the server's sentence", () => {
    const plan = planAdd("71046-TC, 99999", { "71046": xray });
    const outcome = finishAdd(
      plan,
      { "71046": xray },
      new Map([["99999", "99999 is not in the CMS physician fee schedule data on this site."]]),
    );
    expect(outcome).toEqual({
      items: [{ code: "71046", modifier: "TC", units: 1 }],
      errors: ["99999 is not in the CMS physician fee schedule data on this site."],
      failed: ["99999"],
    });
  });

  it("refuses a modifier the code has no row for", () => {
    const outcome = finishAdd(planAdd("99213-26", {}), { "99213": visit }, new Map());
    expect(outcome.items).toEqual([]);
    expect(outcome.errors).toMatchInlineSnapshot(`
      [
        "99213 has no professional component (26) in the fee schedule; add it without the modifier.",
      ]
    `);
  });
});

describe("describeAdded", () => {
  const options = {
    release: { id: "RVU25D", conversionFactor: 32.3465 },
    setting: "non-facility" as const,
    gpci: null,
  };

  it("says each added line in one sentence, and why a line has no payment", () => {
    const status = describeAdded(
      [
        { code: "71046", modifier: "26", units: 1 },
        { code: "99213", modifier: "26", units: 2 },
      ],
      { "71046": xray, "99213": visit },
      options,
    );
    expect(status).toMatchInlineSnapshot(
      `"Added 71046-26. Added 99213-26: No professional component (26) row for 99213 in RVU25D."`,
    );
  });
});
