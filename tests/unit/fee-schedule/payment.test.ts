import { describe, expect, it } from "vitest";
import {
  formatConversionFactor,
  formatDollars,
  formatPercentChange,
  formatRvu,
  localityPayment,
  localityPayments,
  nationalPayment,
  nationalPayments,
  percentChange,
  roundConversionFactor,
  roundDollars,
  roundRvu,
} from "@/lib/fee-schedule/payment";

/** 99213 and the Los Angeles GPCIs, as printed in PPRRVU2025_Oct.csv and GPCI2025.csv. */
const rvus99213 = {
  workRvu: 1.3,
  peNonFacility: 1.35,
  peFacility: 0.57,
  mpRvu: 0.1,
  totalNonFacility: 2.75,
  totalFacility: 1.97,
};
const losAngeles = { pw: 1.042, pe: 1.194, mp: 0.69 };
const cf2025 = 32.3465;

describe("nationalPayment", () => {
  it("multiplies total RVUs by the conversion factor and rounds to the cent (99213, RVU25D)", () => {
    expect(nationalPayment(2.75, cf2025)).toBe(88.95);
    expect(nationalPayment(1.97, cf2025)).toBe(63.72);
  });

  it("rounds an exact half cent up where floating point would round it down", () => {
    // 0.01 × 0.5 = $0.005 exactly; 0.01 * 0.5 * 100 is 0.5 in floats but 1.005-style values are not.
    expect(nationalPayment(0.01, 0.5)).toBe(0.01);
    expect(nationalPayment(1.15, 1.1)).toBe(1.27); // 1.265 → 1.27; 1.15 * 1.1 is 1.2649999… in floats
  });

  it("refuses inputs with more precision than CMS publishes", () => {
    expect(() => nationalPayment(2.755, cf2025)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: total RVU 2.755 has more than 2 decimal places]`,
    );
  });
});

describe("nationalPayments", () => {
  it("prices both settings of a row", () => {
    expect(nationalPayments(rvus99213, cf2025)).toEqual({ nonFacility: 88.95, facility: 63.72 });
  });
});

describe("localityPayment", () => {
  it("applies each GPCI to its RVU component before the conversion factor (99213, Los Angeles, 2025)", () => {
    // (1.30 × 1.042 + 1.35 × 1.194 + 0.10 × 0.69) × 32.3465 = 3.0355 × 32.3465 = 98.1878…
    expect(localityPayment({ work: 1.3, pe: 1.35, mp: 0.1 }, losAngeles, cf2025)).toBe(98.19);
  });

  it("equals the national amount when every GPCI is 1", () => {
    expect(localityPayment({ work: 1.3, pe: 1.35, mp: 0.1 }, { pw: 1, pe: 1, mp: 1 }, cf2025)).toBe(
      88.95,
    );
  });
});

describe("localityPayments", () => {
  it("uses the non-facility PE for the office and the facility PE for the facility", () => {
    // Facility: (1.3546 + 0.57 × 1.194 + 0.069) × 32.3465 = 2.10418 × 32.3465 = 68.0628… → 68.06
    expect(localityPayments(rvus99213, losAngeles, cf2025)).toEqual({
      nonFacility: 98.19,
      facility: 68.06,
    });
  });
});

describe("roundRvu", () => {
  it("rounds half up to two decimals despite binary representation", () => {
    expect(roundRvu(2.675)).toBe(2.68);
    expect(roundRvu(1.3)).toBe(1.3);
  });
});

describe("roundDollars", () => {
  it("rounds half up to the cent", () => {
    expect(roundDollars(1.005)).toBe(1.01);
    expect(roundDollars(88.9479)).toBe(88.95);
  });
});

describe("roundConversionFactor", () => {
  it("rounds to four decimals", () => {
    expect(roundConversionFactor(32.34645)).toBe(32.3465);
  });
});

describe("percentChange", () => {
  it("returns the change in percent to one decimal, or null from zero", () => {
    expect(percentChange(90.87, 88.95)).toBe(-2.1);
    expect(percentChange(0, 5)).toBeNull();
    expect(percentChange(5, 5)).toBe(0);
  });
});

describe("formatRvu", () => {
  it("always shows two decimals", () => {
    expect(formatRvu(1.3)).toBe("1.30");
    expect(formatRvu(0)).toBe("0.00");
  });
});

describe("formatDollars", () => {
  it("shows dollars and cents with thousands separators", () => {
    expect(formatDollars(88.95)).toBe("$88.95");
    expect(formatDollars(1789.1)).toBe("$1,789.10");
  });

  it("writes what Intl's en-US currency format writes, for any amount", () => {
    const intl = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" });
    for (const value of [
      0, 0.004, 0.5, 1, 12.345, 999.995, 1000, 123456.78, 1234567.891, 99999999.99,
    ])
      expect(formatDollars(value), String(value)).toBe(intl.format(roundDollars(value)));
  });
});

describe("formatConversionFactor", () => {
  it("shows the factor in dollars with four decimals", () => {
    expect(formatConversionFactor(32.3465)).toBe("$32.3465");
    expect(formatConversionFactor(33.06)).toBe("$33.0600");
  });
});

describe("formatPercentChange", () => {
  it("signs the change and uses a dash when there is nothing to compare", () => {
    expect(formatPercentChange(2.5)).toBe("+2.5%");
    expect(formatPercentChange(-2.1)).toBe("−2.1%");
    expect(formatPercentChange(0)).toBe("0.0%");
    expect(formatPercentChange(null)).toBe("—");
  });
});
