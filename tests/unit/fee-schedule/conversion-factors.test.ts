import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { QualifyingApmPayments } from "@/components/fee-schedule/qualifying-apm-payments";
import { RvuTable } from "@/components/fee-schedule/rvu-table";
import {
  getConversionFactors,
  QUALIFYING_APM_CONVERSION_FACTORS,
} from "@/lib/fee-schedule/conversion-factors";
import { getLatestRelease, getRvuRows } from "@/lib/fee-schedule/load";
import { nationalPayments } from "@/lib/fee-schedule/payment";
import { withFixtureContentDir } from "./fixture-content";

withFixtureContentDir({ include2026: true });

function text(html: string): string {
  return html
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

describe("getConversionFactors", () => {
  it("gives 2026 the file's factor first and the CY 2026 final rule's qualifying APM factor second", () => {
    const factors = getConversionFactors(getLatestRelease());
    expect(factors.map((factor) => [factor.kind, factor.value])).toEqual([
      ["non-qualifying", 33.4009],
      ["qualifying-apm", 33.5675],
    ]);
    expect(factors[1]!.source).toMatch(/CY 2026 .*final rule/);
  });

  it("gives years before 2026 the one factor of their file", () => {
    const factors = getConversionFactors({
      year: 2025,
      conversionFactor: 32.3465,
      label: "2025 October release (RVU25D)",
    });
    expect(factors).toHaveLength(1);
    expect(factors[0]).toMatchObject({
      kind: "non-qualifying",
      value: 32.3465,
      label: "All clinicians",
    });
  });

  it("prices 99213 at $95.67 / $57.74 for qualifying APM participants in 2026", () => {
    const [row] = getRvuRows("99213");
    expect(nationalPayments(row!, QUALIFYING_APM_CONVERSION_FACTORS[2026]!.value)).toEqual({
      nonFacility: 95.67,
      facility: 57.74,
    });
  });
});

describe("RvuTable and QualifyingApmPayments in 2026", () => {
  it("shows 99213 at $95.19 / $57.45 with the non-qualifying factor, and says which factor it uses", () => {
    const html = renderToStaticMarkup(
      createElement(RvuTable, { rows: getRvuRows("99213"), release: getLatestRelease() }),
    );
    expect(text(html)).toContain("2026 July release (RVU26C)");
    expect(text(html)).toMatch(/\$33\.4009 \$95\.19 \$57\.45/);
    expect(text(html)).toContain("not qualifying APM participants");
  });

  it("lists the qualifying APM amounts of every paid row, and nothing for an unpaid dental code", () => {
    const [, qualifying] = getConversionFactors(getLatestRelease());
    const html = renderToStaticMarkup(
      createElement(QualifyingApmPayments, { rows: getRvuRows("27447"), factor: qualifying! }),
    );
    expect(text(html)).toContain("qualifying APM participants ($33.5675 per RVU)");
    // 34.71 × 33.5675, rounded half up at the cent.
    expect(text(html)).toContain("Global $1,165.13 $1,165.13");
    expect(
      renderToStaticMarkup(
        createElement(QualifyingApmPayments, { rows: getRvuRows("D3351"), factor: qualifying! }),
      ),
    ).toBe("");
  });
});
