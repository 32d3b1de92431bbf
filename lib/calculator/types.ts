/**
 * Shapes shared by the calculator's server page, its route handler and its client component. Types only:
 * the client imports this file, so it must never pull in the loaders.
 */
import type { LabFees } from "@/lib/fee-schedule/lab-fees";
import type { LocalityOption } from "@/lib/fee-schedule/locality-payment";
import type { RvuRow } from "@/lib/fee-schedule/schema";
import type { PricingCodeSystem, PricingExplanation } from "@/lib/fee-schedule/status";

/** The component modifiers the calculator prices; "" is the global service. */
export const CALCULATOR_MODIFIERS = ["", "26", "TC"] as const;
export type CalculatorModifier = (typeof CALCULATOR_MODIFIERS)[number];

/** The two settings CMS prices separately. */
export const CALCULATOR_SETTINGS = ["non-facility", "facility"] as const;
export type CalculatorSetting = (typeof CALCULATOR_SETTINGS)[number];

/** One line of the list: a code, optionally one of its components, and how many times it was done. */
export interface CalculatorItem {
  /** Canonical upper-case code, e.g. "99213". */
  code: string;
  modifier: CalculatorModifier;
  /** Whole number from 1 to {@link MAX_UNITS}. */
  units: number;
}

/** Everything the calculator remembers; what the URL and localStorage carry. */
export interface CalculatorState {
  items: CalculatorItem[];
  setting: CalculatorSetting;
  /** GPCI locality id ("01112-05"), or null for national amounts only. */
  localityId: string | null;
  /** Release the figures come from, e.g. "RVU25D". */
  releaseId: string;
}

/** Most lines one list can hold: keeps shared URLs well under common length limits. */
export const MAX_ITEMS = 50;
/** Most units one line can hold. */
export const MAX_UNITS = 99;

/** The figures of one fee-schedule row the calculator needs: no descriptions, nothing copyrighted. */
export type CalculatorRow = Pick<
  RvuRow,
  | "modifier"
  | "status"
  | "notUsedForMedicarePayment"
  | "workRvu"
  | "peNonFacility"
  | "peNonFacilityNa"
  | "peFacility"
  | "peFacilityNa"
  | "mpRvu"
  | "totalNonFacility"
  | "totalFacility"
>;

/** One code in one release: its rows (empty when the file does not list it) and the pricing verdict. */
export interface CalculatorCodeRelease {
  releaseId: string;
  rows: CalculatorRow[];
  pricing: PricingExplanation;
}

/** One code across every imported release: the body of `GET /api/fee-schedule/[code]`. */
export interface CalculatorCodeData {
  code: string;
  system: PricingCodeSystem;
  /** The code's page on this site, when it has one. */
  page: { name: string; path: string } | null;
  /** Every imported release, oldest first, including those that do not list the code. */
  releases: CalculatorCodeRelease[];
  /** The code's Clinical Laboratory Fee Schedule rows (newest quarter), or null when not a listed lab test. */
  labFees: LabFees | null;
}

/** An imported release as the calculator shows it, with the GPCI year used for its locality amounts. */
export interface CalculatorRelease {
  id: string;
  /** "2025 October release (RVU25D)". */
  label: string;
  year: number;
  conversionFactor: number;
  /**
   * The release year's conversion factor for qualifying APM participants (from 2026; not in the file, see
   * lib/fee-schedule/conversion-factors.ts), or null when the year has one factor.
   */
  qualifyingApmConversionFactor: number | null;
  /** GPCI year used with this release, or null when no GPCI data has been imported. */
  gpciYear: number | null;
}

/** One payment locality with its GPCIs: the same shape the code pages' locality select uses. */
export type CalculatorLocality = LocalityOption;

/** The server-side context the page hands to the client component. */
export interface CalculatorSetup {
  /** Oldest first. */
  releases: CalculatorRelease[];
  /** Localities keyed by GPCI year (as a string, so the object survives JSON). */
  localitiesByYear: Record<string, CalculatorLocality[]>;
}
