import { describe, expect, it } from "vitest";
import {
  buildLocalityPaymentLines,
  describeLocality,
  localityRowsToShow,
} from "@/lib/fee-schedule/locality-payment";

// PPRRVU2026_Jul_nonQPP.csv 99213: work 1.30, PE 1.46 / 0.33, MP 0.09; GPCI2026.csv Manhattan 1.064,
// 1.162, 1.586. (1.383 + 1.69652 + 0.14274) × 33.4009 = $107.63; (1.383 + 0.38346 + 0.14274) × 33.4009 = $63.78.
const config = {
  conversionFactor: 33.4009,
  rows: [{ modifier: "", workRvu: 1.3, peNonFacility: 1.46, peFacility: 0.33, mpRvu: 0.09 }],
};
const manhattan = { name: "MANHATTAN", pw: 1.064, pe: 1.162, mp: 1.586 };

describe("buildLocalityPaymentLines", () => {
  it("prices each shown row for the locality with the one payment formula", () => {
    expect(buildLocalityPaymentLines(config, manhattan)).toEqual([
      { label: "Global", nonFacility: "$107.63", facility: "$63.78" },
    ]);
  });
});

describe("localityRowsToShow", () => {
  it("keeps the global, 26 and TC rows only", () => {
    const row = config.rows[0]!;
    expect(
      localityRowsToShow(["", "26", "TC", "53"].map((modifier) => ({ ...row, modifier }))).map(
        (shown) => shown.modifier,
      ),
    ).toEqual(["", "26", "TC"]);
  });
});

describe("describeLocality", () => {
  it("names the GPCI year and the three indices", () => {
    expect(describeLocality(manhattan, 2026)).toBe(
      "Using 2026 GPCIs for MANHATTAN: work 1.064, practice expense 1.162, malpractice 1.586.",
    );
  });
});
