/**
 * Lab fee schedule amounts in words, shared by code pages, the FAQ and the calculator. Pure functions:
 * client components import this module.
 */
import { formatDollars } from "@/lib/fee-schedule/payment";
import type { ClfsRow, ClfsSchedule } from "@/lib/fee-schedule/schema";

/** A code's rows in one CLFS quarter, as code pages and the calculator carry them. */
export interface LabFees {
  schedule: Pick<ClfsSchedule, "id" | "label" | "year" | "quarter">;
  rows: Pick<ClfsRow, "modifier" | "pricing" | "rate" | "effectiveDate">[];
}

/** Trims a loader result to what pages and the calculator carry (no file names, no codes per row). */
export function toLabFees(fees: {
  schedule: LabFees["schedule"];
  rows: readonly LabFees["rows"][number][];
}): LabFees {
  const { id, label, year, quarter } = fees.schedule;
  return {
    schedule: { id, label, year, quarter },
    rows: fees.rows.map(({ modifier, pricing, rate, effectiveDate }) => ({
      modifier,
      pricing,
      rate,
      effectiveDate,
    })),
  };
}

/** The plain row, else the first: what a test is paid without a modifier. */
export function primaryLabRow(fees: LabFees): LabFees["rows"][number] | undefined {
  return fees.rows.find((row) => row.modifier === "") ?? fees.rows[0];
}

/** The national rate of the plain row; null when the contractor prices the test locally. */
export function nationalLabRate(fees: LabFees): number | null {
  const row = primaryLabRow(fees);
  return row && row.pricing === "N" ? row.rate : null;
}

/**
 * "Medicare pays 80053 from the Clinical Laboratory Fee Schedule, 2026 Q2, at a national rate of $10.56 …".
 * CMS's file calls the amount RATE; older documents call it the national limitation amount.
 */
export function describeLabFee(code: string, fees: LabFees): string {
  const row = primaryLabRow(fees);
  if (!row) return "";
  if (row.pricing === "L") {
    return `${code} is on the ${fees.schedule.label}, but the Medicare contractor prices it locally: the schedule sets no national amount.`;
  }
  const waived = fees.rows.find((candidate) => candidate.modifier === "QW");
  const waivedNote =
    !waived || waived === row
      ? ""
      : waived.rate === row.rate
        ? " The same amount applies when it is billed with modifier QW (a CLIA-waived test)."
        : ` Billed with modifier QW (a CLIA-waived test), the amount is ${formatDollars(waived.rate)}.`;
  return `Medicare pays ${code} from the ${fees.schedule.label}, not from RVUs: the national rate (national limitation amount) is ${formatDollars(row.rate)}, and Medicare pays the lower of that rate and the amount billed.${waivedNote}`;
}
