import { describe, expect, it } from "vitest";
import {
  PCTC_INDICATORS,
  GLOBAL_PERIOD_CODES,
  PFS_STATUS_CODES,
  type RvuRow,
} from "@/lib/fee-schedule/schema";
import {
  compareModifiers,
  explainGlobalPeriod,
  explainPcTcIndicator,
  explainPricing,
  explainStatus,
  getAllStatusExplanations,
  getModifierLabel,
  isPaidFromRvus,
  type PricingRow,
} from "@/lib/fee-schedule/status";

function row(
  overrides: Partial<
    Pick<
      RvuRow,
      "modifier" | "status" | "totalNonFacility" | "totalFacility" | "notUsedForMedicarePayment"
    >
  >,
): PricingRow {
  return {
    modifier: "",
    status: "A",
    totalNonFacility: 0,
    totalFacility: 0,
    notUsedForMedicarePayment: false,
    ...overrides,
  };
}

describe("explainStatus", () => {
  it("explains every status code in the layout", () => {
    for (const status of PFS_STATUS_CODES) {
      const explanation = explainStatus(status);
      expect(explanation.name.length).toBeGreaterThan(3);
      expect(explanation.meaning.length).toBeGreaterThan(20);
    }
  });

  it("marks only A, R and T as used for Medicare payment", () => {
    expect(PFS_STATUS_CODES.filter((status) => explainStatus(status).usedForPayment)).toEqual([
      "A",
      "R",
      "T",
    ]);
  });

  it("names the Medicare alternative for a code Medicare does not accept", () => {
    expect(explainStatus("I", { medicareAlternative: "G0008" }).meaning).toMatch(
      /report G0008 instead\.$/,
    );
    expect(explainStatus("A", { medicareAlternative: "G0008" }).meaning).not.toContain("G0008");
  });

  it("describes statutory exclusions with clinical lab tests as an example", () => {
    expect(explainStatus("X").meaning).toContain("clinical laboratory tests");
  });
});

describe("getAllStatusExplanations", () => {
  it("lists the sixteen status codes alphabetically", () => {
    expect(getAllStatusExplanations().map((explanation) => explanation.code)).toEqual([
      ...PFS_STATUS_CODES,
    ]);
  });
});

describe("explainGlobalPeriod", () => {
  it("explains every global period, with 90 days of follow-up for 090", () => {
    for (const days of GLOBAL_PERIOD_CODES)
      expect(explainGlobalPeriod(days).meaning.length).toBeGreaterThan(20);
    expect(explainGlobalPeriod("090").meaning).toContain("90 days");
  });
});

describe("explainPcTcIndicator", () => {
  it("explains indicators 0 to 9, with 26 and TC for indicator 1", () => {
    for (const indicator of PCTC_INDICATORS)
      expect(explainPcTcIndicator(indicator).meaning.length).toBeGreaterThan(20);
    expect(explainPcTcIndicator("1").meaning).toMatch(/26.*TC/);
  });
});

describe("getModifierLabel", () => {
  it("labels the global row and the component rows in words", () => {
    expect(["", "26", "TC", "53", "XY"].map(getModifierLabel)).toEqual([
      "Global",
      "Professional component (26)",
      "Technical component (TC)",
      "Discontinued procedure (53)",
      "Modifier XY",
    ]);
  });
});

describe("compareModifiers", () => {
  it("orders global, 26, TC, 53, then others", () => {
    expect(["53", "TC", "ZZ", "", "26"].sort(compareModifiers)).toEqual([
      "",
      "26",
      "TC",
      "53",
      "ZZ",
    ]);
  });
});

describe("isPaidFromRvus", () => {
  it("pays A, R and T rows with RVUs, but not zero totals or rows flagged as not used", () => {
    expect(isPaidFromRvus(row({ status: "A" }), 2.75)).toBe(true);
    expect(isPaidFromRvus(row({ status: "R" }), 0)).toBe(false);
    expect(isPaidFromRvus(row({ status: "N" }), 55.84)).toBe(false);
    expect(isPaidFromRvus(row({ status: "A", notUsedForMedicarePayment: true }), 3)).toBe(false);
  });
});

describe("explainPricing", () => {
  it("reports an active code with RVUs as priced", () => {
    const result = explainPricing({
      code: "99213",
      system: "CPT",
      rows: [row({ totalNonFacility: 2.75, totalFacility: 1.97 })],
    });
    expect(result).toMatchObject({ priced: true, reason: "priced" });
  });

  it("explains a dental code with status R and zero RVUs as outside Medicare Part B, never as ASP pricing", () => {
    const result = explainPricing({ code: "D3351", system: "CDT", rows: [row({ status: "R" })] });
    expect(result.reason).toBe("dental");
    expect(result.detail).toContain("inextricably linked to covered medical treatment");
    expect(`${result.summary} ${result.detail}`).not.toMatch(/ASP|Average Sales Price/);
  });

  it("explains a dental code missing from the file the same way", () => {
    expect(explainPricing({ code: "D9999", system: "CDT", rows: [] }).reason).toBe("dental");
  });

  it("sends an excluded J-code drug to the ASP pricing files", () => {
    const result = explainPricing({ code: "J9035", system: "HCPCS", rows: [row({ status: "E" })] });
    expect(result).toMatchObject({ priced: false, reason: "drug" });
    expect(result.detail).toContain("Average Sales Price");
  });

  it("calls a supply with status P bundled", () => {
    expect(
      explainPricing({ code: "A4570", system: "HCPCS", rows: [row({ status: "P" })] }).reason,
    ).toBe("bundled");
  });

  it("sends durable equipment, orthotics, prosthetics and A supplies absent from the file to the DMEPOS fee schedule", () => {
    for (const code of ["E0100", "K0001", "L3000", "A4253"]) {
      expect(explainPricing({ code, system: "HCPCS", rows: [] }).reason).toBe("dmepos");
    }
  });

  it("sends ambulance codes to the ambulance fee schedule", () => {
    expect(explainPricing({ code: "A0425", system: "HCPCS", rows: [] }).reason).toBe("ambulance");
  });

  it("sends lab tests with status X to the Clinical Laboratory Fee Schedule", () => {
    expect(
      explainPricing({ code: "80053", system: "CPT", rows: [row({ status: "X" })] }).reason,
    ).toBe("clinical-lab");
    expect(
      explainPricing({ code: "0001U", system: "CPT", rows: [row({ status: "X" })] }).reason,
    ).toBe("clinical-lab");
  });

  it("says a CPT code absent from the file is not on the physician fee schedule", () => {
    expect(explainPricing({ code: "99999", system: "CPT", rows: [] })).toMatchObject({
      priced: false,
      reason: "not-on-pfs",
    });
  });

  it("names the Medicare alternative for a code Medicare does not accept", () => {
    const result = explainPricing({
      code: "0001F",
      system: "CPT",
      rows: [row({ status: "I" })],
      medicareAlternative: "G1234",
    });
    expect(result.reason).toBe("not-valid");
    expect(result.detail).toContain("report G1234 instead");
  });

  it("says RVUs shown for a non-covered code are not used for payment", () => {
    const result = explainPricing({
      code: "22526",
      system: "CPT",
      rows: [row({ status: "N", totalNonFacility: 55.84, notUsedForMedicarePayment: true })],
    });
    expect(result).toMatchObject({ priced: false, reason: "non-covered" });
    expect(result.detail).toContain("Medicare does not use them to pay");
  });

  it("judges a code by its global row even when component rows come first", () => {
    const rows = [
      row({ modifier: "26", status: "A", totalNonFacility: 1 }),
      row({ modifier: "", status: "C" }),
    ];
    expect(explainPricing({ code: "12345", system: "CPT", rows }).reason).toBe("contractor-priced");
  });

  it("explains anesthesia codes by the anesthesia formula", () => {
    expect(
      explainPricing({ code: "00100", system: "CPT", rows: [row({ status: "J" })] }).reason,
    ).toBe("anesthesia");
  });
});
