import { describe, expect, it } from "vitest";

import type { CalculatorState } from "@/lib/calculator/types";
import { calculatorReducer, createViewState, hasModifierRow } from "@/lib/calculator/view-state";

const calc: CalculatorState = {
  items: [
    { code: "99213", modifier: "", units: 2 },
    { code: "71046", modifier: "26", units: 1 },
  ],
  setting: "non-facility",
  localityId: null,
  releaseId: "RVU25D",
};

describe("createViewState", () => {
  it("starts from the server's state, not yet restored from the browser", () => {
    expect(createViewState(calc, {}, ["note"])).toEqual({
      calc,
      data: {},
      messages: ["note"],
      restored: false,
      status: "",
      addError: null,
    });
  });
});

describe("calculatorReducer", () => {
  const start = createViewState(calc, {}, []);

  it("replaces the state with the restored one and marks it restored", () => {
    const restored = calculatorReducer(start, {
      type: "restored",
      calc: { ...calc, items: [] },
      data: {},
      messages: ["saved list was damaged"],
    });
    expect(restored).toMatchObject({ restored: true, messages: ["saved list was damaged"] });
    expect(restored.calc.items).toEqual([]);
  });

  it("adds lines, merging repeats, and reports list limits with the add error", () => {
    const next = calculatorReducer(start, {
      type: "added",
      items: [{ code: "99213", modifier: "", units: 98 }],
      data: {},
      status: "Added 99213.",
      error: null,
    });
    expect(next.calc.items[0]).toEqual({ code: "99213", modifier: "", units: 99 });
    expect(next.addError).toBe("99213 is limited to 99 units.");
    expect(next.status).toBe("Added 99213.");
  });

  it("removes, edits and clears lines and changes setting, locality and release", () => {
    let next = calculatorReducer(start, { type: "remove", key: "71046-26" });
    expect(next.calc.items.map((item) => item.code)).toEqual(["99213"]);
    expect(next.status).toBe("Removed 71046-26.");
    next = calculatorReducer(next, { type: "units", key: "99213", units: 4 });
    next = calculatorReducer(next, { type: "modifier", key: "99213", modifier: "TC" });
    expect(next.calc.items).toEqual([{ code: "99213", modifier: "TC", units: 4 }]);
    next = calculatorReducer(next, { type: "setting", setting: "facility" });
    next = calculatorReducer(next, { type: "locality", localityId: "13202-01" });
    next = calculatorReducer(next, { type: "release", releaseId: "RVU23D" });
    expect(next.calc).toMatchObject({
      setting: "facility",
      localityId: "13202-01",
      releaseId: "RVU23D",
    });
    expect(calculatorReducer(next, { type: "clear" }).calc.items).toEqual([]);
  });

  it("does not change the state it was given", () => {
    calculatorReducer(start, { type: "clear" });
    expect(start.calc.items).toHaveLength(2);
  });
});

describe("hasModifierRow", () => {
  it("looks for the modifier in every release", () => {
    const data = {
      code: "71046",
      system: "CPT" as const,
      page: null,
      labFees: null,
      releases: [
        {
          releaseId: "RVU23D",
          rows: [],
          pricing: { priced: false, reason: "not-on-pfs" as const, summary: "", detail: "" },
        },
        {
          releaseId: "RVU25D",
          rows: [
            {
              modifier: "TC",
              status: "A" as const,
              notUsedForMedicarePayment: false,
              workRvu: 0,
              peNonFacility: 0.69,
              peNonFacilityNa: false,
              peFacility: 0.69,
              peFacilityNa: true,
              mpRvu: 0.01,
              totalNonFacility: 0.7,
              totalFacility: 0.7,
            },
          ],
          pricing: { priced: true, reason: "priced" as const, summary: "", detail: "" },
        },
      ],
    };
    expect(hasModifierRow(data, "TC")).toBe(true);
    expect(hasModifierRow(data, "26")).toBe(false);
  });
});
