import { describe, expect, it } from "vitest";
import { describeLabFee, nationalLabRate, type LabFees } from "@/lib/fee-schedule/lab-fees";

const schedule = {
  id: "CLFS26Q2",
  label: "Clinical Laboratory Fee Schedule, 2026 Q2",
  year: 2026,
  quarter: 2,
};
const row = (modifier: string, rate: number, pricing: "N" | "L" = "N") => ({
  modifier,
  pricing,
  rate,
  effectiveDate: "2026-01-01",
});

describe("describeLabFee", () => {
  it("names the quarter and the national rate, and says when QW pays the same", () => {
    // PUF_CLFS_CY2026_Q2V1.csv: 80053 $10.56 with and without QW.
    const fees: LabFees = { schedule, rows: [row("", 10.56), row("QW", 10.56)] };
    expect(describeLabFee("80053", fees)).toBe(
      "Medicare pays 80053 from the Clinical Laboratory Fee Schedule, 2026 Q2, not from RVUs: the national rate (national limitation amount) is $10.56, and Medicare pays the lower of that rate and the amount billed. The same amount applies when it is billed with modifier QW (a CLIA-waived test).",
    );
  });

  it("gives the QW amount when it differs, and says when the contractor prices the test", () => {
    expect(describeLabFee("X0001", { schedule, rows: [row("", 10), row("QW", 8.5)] })).toContain(
      "Billed with modifier QW (a CLIA-waived test), the amount is $8.50.",
    );
    const local: LabFees = { schedule, rows: [row("", 0, "L")] };
    expect(describeLabFee("0526U", local)).toContain("the Medicare contractor prices it locally");
    expect(nationalLabRate(local)).toBeNull();
  });
});
