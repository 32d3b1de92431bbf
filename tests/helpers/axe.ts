/**
 * axe's findings as one line each, "rule-id: selector, selector", so a failing Playwright assertion
 * (`expect(describeViolations(results)).toEqual([])`) names what to fix.
 */
import type { AxeResults } from "axe-core";

export function describeViolations(results: Pick<AxeResults, "violations">): string[] {
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
  );
}
