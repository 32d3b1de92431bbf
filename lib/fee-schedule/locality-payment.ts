/**
 * Locality-adjusted payment for the select on code pages: the types the page carries and the figures
 * the enhancement script (components/islands/locality-payment.ts) shows. Pure, no DOM: unit-tested here,
 * bundled into the island.
 */
import { formatDollars, localityPayments } from "@/lib/fee-schedule/payment";
import { getModifierLabel } from "@/lib/fee-schedule/status";

/** One payment locality: only what the picker needs (the `/api/gpci/<year>` body). */
export interface LocalityOption {
  id: string;
  name: string;
  state: string;
  pw: number;
  pe: number;
  mp: number;
}

/** The RVU figures of one modifier row that the locality formula uses. */
export interface LocalityRvuRow {
  modifier: string;
  workRvu: number;
  peNonFacility: number;
  peFacility: number;
  mpRvu: number;
}

/** What a code page hands the script, as JSON in a data attribute. */
export interface LocalityPaymentConfig {
  code: string;
  rows: LocalityRvuRow[];
  conversionFactor: number;
  /** "2026 July release (RVU26C)". */
  releaseLabel: string;
  gpciYear: number;
  /** JSON endpoint with `{ localities: LocalityOption[] }`. */
  localitiesUrl: string;
}

/** The global, 26 and TC rows: the ones a reader picks a locality for. */
const SHOWN_MODIFIERS = new Set(["", "26", "TC"]);

export function localityRowsToShow(rows: readonly LocalityRvuRow[]): LocalityRvuRow[] {
  return rows.filter((row) => SHOWN_MODIFIERS.has(row.modifier));
}

export interface LocalityPaymentLine {
  label: string;
  nonFacility: string;
  facility: string;
}

/** Formatted locality amounts per row, through the one payment formula. */
export function buildLocalityPaymentLines(
  config: Pick<LocalityPaymentConfig, "rows" | "conversionFactor">,
  locality: Pick<LocalityOption, "pw" | "pe" | "mp">,
): LocalityPaymentLine[] {
  return localityRowsToShow(config.rows).map((row) => {
    const payments = localityPayments(row, locality, config.conversionFactor);
    return {
      label: getModifierLabel(row.modifier),
      nonFacility: formatDollars(payments.nonFacility),
      facility: formatDollars(payments.facility),
    };
  });
}

/** The hint under the select once a locality is chosen. */
export function describeLocality(
  locality: Pick<LocalityOption, "name" | "pw" | "pe" | "mp">,
  gpciYear: number,
): string {
  return `Using ${gpciYear} GPCIs for ${locality.name}: work ${locality.pw}, practice expense ${locality.pe}, malpractice ${locality.mp}.`;
}
