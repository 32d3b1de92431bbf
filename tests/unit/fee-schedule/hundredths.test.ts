import { describe, expect, it } from "vitest";

import { fromHundredths, toHundredths } from "@/lib/fee-schedule/hundredths";

describe("toHundredths", () => {
  it("turns a figure of two decimals into its exact whole number of hundredths", () => {
    expect(toHundredths(1.3)).toBe(130);
    expect(toHundredths(0.07)).toBe(7);
    expect(toHundredths(1234.56)).toBe(123456);
  });

  it("absorbs the floating-point error of a value that is not exactly representable", () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(toHundredths(0.1 + 0.2)).toBe(30);
    expect(toHundredths(1.005)).toBe(100);
  });

  it("rounds a half hundredth up, towards positive infinity, also for negative figures", () => {
    expect(toHundredths(0.125)).toBe(13);
    expect(toHundredths(-0.125)).toBe(-12);
    expect(toHundredths(-1.3)).toBe(-130);
  });
});

describe("fromHundredths", () => {
  it("gives back the figure a count of hundredths stands for", () => {
    expect(fromHundredths(390)).toBe(3.9);
    expect(fromHundredths(-85)).toBe(-0.85);
    expect(fromHundredths(0)).toBe(0);
  });

  it("makes a sum of figures exact when the sum is kept in hundredths", () => {
    const figures = [1.3, 1.3, 1.3];
    const floating = figures.reduce((sum, figure) => sum + figure, 0);
    const exact = fromHundredths(figures.reduce((sum, figure) => sum + toHundredths(figure), 0));
    expect(floating).toBe(3.9000000000000004);
    expect(exact).toBe(3.9);
  });
});
