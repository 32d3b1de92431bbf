/**
 * Exact sums of fee-schedule figures. CMS prints RVUs and dollars with at most two decimals, so each one
 * is an exact integer number of hundredths: adding those integers, then dividing once, makes 1.30 × 3
 * 3.90 and 0.1 + 0.2 0.3, where adding the floating-point values would give 3.9000000000000004.
 */

/** The whole number of hundredths in a figure of at most two decimals (Math.round: halves go up). */
export function toHundredths(value: number): number {
  return Math.round(value * 100);
}

/** A count of hundredths back as a figure. */
export function fromHundredths(hundredths: number): number {
  return hundredths / 100;
}
