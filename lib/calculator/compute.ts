/**
 * Line and total figures for the calculator, as pure functions over fee-schedule rows.
 *
 * Every dollar amount comes from lib/fee-schedule/payment.ts, per unit, exactly as a code page shows it;
 * this module only multiplies by units and adds lines up, on integer hundredths
 * (lib/fee-schedule/hundredths.ts) so that 1.30 × 3 is 3.90 and never 3.9000000000000004.
 */
import { itemKey } from "@/lib/calculator/items";
import type {
  CalculatorCodeData,
  CalculatorItem,
  CalculatorLocality,
  CalculatorRelease,
  CalculatorRow,
  CalculatorSetting,
  CalculatorSetup,
  CalculatorState,
} from "@/lib/calculator/types";
import { fromHundredths, toHundredths } from "@/lib/fee-schedule/hundredths";
import { localityPayment, nationalPayment, type GpciValues } from "@/lib/fee-schedule/payment";
import {
  getModifierLabel,
  isPaidFromRvus,
  type PricingExplanation,
} from "@/lib/fee-schedule/status";

/** The figures of one line in one release; RVUs and dollars are already multiplied by the units. */
export interface LineFigures {
  /** Work and total RVUs CMS lists for the row; null when it lists none (or has no such row). */
  rvus: { work: number; total: number } | null;
  /**
   * Medicare payment; null when Medicare does not pay the row from RVUs in this setting. `qualifyingApm`
   * is the national amount at the qualifying-APM conversion factor, null in years with one factor.
   */
  payment: { national: number; qualifyingApm: number | null; locality: number | null } | null;
  /**
   * For a lab test not paid from RVUs: its national rate on the Clinical Laboratory Fee Schedule, times
   * the units; null otherwise (and when the contractor prices the test locally).
   */
  labFee: number | null;
  /** The verdict to show: why there is no payment, or that the code is priced. */
  pricing: PricingExplanation;
  /** CMS lists RVUs for the row, but Medicare does not pay from them (e.g. status N preventive visits). */
  referenceOnly: boolean;
  /** CMS marks the practice expense "NA" in the chosen setting: rarely or never done there. */
  settingNa: boolean;
}

export interface CalculatorLine {
  item: CalculatorItem;
  /** "71046-26". */
  key: string;
  /** Null while the code's data has not been loaded. */
  figures: LineFigures | null;
}

export interface CalculatorTotals {
  workRvu: number;
  totalRvu: number;
  nationalPayment: number;
  /** National total at the qualifying-APM conversion factor; null in years with one factor. */
  nationalPaymentQualifyingApm: number | null;
  /** Lab tests paid from the Clinical Laboratory Fee Schedule, kept apart from the RVU-based totals. */
  labFeeTotal: number;
  /** Lines in `labFeeTotal`. */
  labLines: number;
  /** Null when no locality is chosen (or the locality has no GPCIs for the release's year). */
  localityPayment: number | null;
  /** Lines Medicare pays from RVUs: the only ones in the payment totals. */
  paidLines: number;
  /** Lines with figures but no payment (not priced, or RVUs for reference only). */
  unpaidLines: number;
  /** Lines whose RVUs count in the RVU totals although Medicare does not pay them. */
  referenceOnlyLines: number;
  /** Lines still waiting for their data. */
  pendingLines: number;
}

export interface CalculatorResult {
  lines: CalculatorLine[];
  totals: CalculatorTotals;
}

export interface ComputeOptions {
  release: Pick<CalculatorRelease, "id" | "conversionFactor"> &
    Partial<Pick<CalculatorRelease, "qualifyingApmConversionFactor">>;
  setting: CalculatorSetting;
  /** GPCIs of the chosen locality for the release's GPCI year, or null for national amounts only. */
  gpci: GpciValues | null;
}

function timesUnits(value: number, units: number): number {
  return fromHundredths(toHundredths(value) * units);
}

function settingFigures(row: CalculatorRow, setting: CalculatorSetting) {
  return setting === "facility"
    ? { pe: row.peFacility, total: row.totalFacility, na: row.peFacilityNa }
    : { pe: row.peNonFacility, total: row.totalNonFacility, na: row.peNonFacilityNa };
}

function missingModifier(
  code: string,
  modifier: string,
  rows: readonly CalculatorRow[],
  releaseId: string,
): PricingExplanation {
  const listed = rows.map((row) => getModifierLabel(row.modifier)).join(", ");
  return {
    priced: false,
    reason: "not-on-pfs",
    summary: `No ${getModifierLabel(modifier).toLowerCase()} row for ${code} in ${releaseId}`,
    detail: `The ${releaseId} file lists ${code} only as: ${listed}. Choose another modifier or remove the line.`,
  };
}

/** A lab test's national CLFS rate × units, for a line whose code the lab schedule prices nationally. */
function labFeeFor(item: CalculatorItem, data: CalculatorCodeData): number | null {
  const row = data.labFees?.rows.find((candidate) => candidate.modifier === "");
  return row && row.pricing === "N" ? timesUnits(row.rate, item.units) : null;
}

/**
 * The figures of one line in one release. A row Medicare does not pay keeps its RVUs when CMS lists them
 * (wRVU tracking counts them) but never gets a payment; the pricing explanation says why.
 */
export function computeLine(
  item: CalculatorItem,
  data: CalculatorCodeData,
  options: ComputeOptions,
): LineFigures {
  const { release, setting, gpci } = options;
  const inRelease = data.releases.find((candidate) => candidate.releaseId === release.id);
  const rows = inRelease?.rows ?? [];
  const releasePricing: PricingExplanation = inRelease?.pricing ?? {
    priced: false,
    reason: "not-on-pfs",
    summary: "Not on the Medicare physician fee schedule",
    detail: `The ${release.id} data does not list ${data.code}.`,
  };
  const none = { rvus: null, payment: null, labFee: null, referenceOnly: false, settingNa: false };
  if (rows.length === 0) return { ...none, labFee: labFeeFor(item, data), pricing: releasePricing };

  const row = rows.find((candidate) => candidate.modifier === item.modifier);
  if (!row)
    return { ...none, pricing: missingModifier(data.code, item.modifier, rows, release.id) };

  const { pe, total, na } = settingFigures(row, setting);
  const hasRvus = row.workRvu > 0 || total > 0;
  const rvus = hasRvus
    ? { work: timesUnits(row.workRvu, item.units), total: timesUnits(total, item.units) }
    : null;

  if (!isPaidFromRvus(row, total)) {
    const pricing: PricingExplanation = releasePricing.priced
      ? {
          priced: false,
          reason: "not-on-pfs",
          summary: `No Medicare payment for ${itemKey(item)} in the ${setting} setting`,
          detail: `The ${release.id} file gives ${itemKey(item)} no ${setting} total that Medicare pays from.`,
        }
      : releasePricing;
    return {
      rvus,
      payment: null,
      labFee: labFeeFor(item, data),
      pricing,
      referenceOnly: hasRvus,
      settingNa: na,
    };
  }

  const national = timesUnits(nationalPayment(total, release.conversionFactor), item.units);
  const qualifyingFactor = release.qualifyingApmConversionFactor ?? null;
  const qualifyingApm =
    qualifyingFactor === null
      ? null
      : timesUnits(nationalPayment(total, qualifyingFactor), item.units);
  const local = gpci
    ? timesUnits(
        localityPayment({ work: row.workRvu, pe, mp: row.mpRvu }, gpci, release.conversionFactor),
        item.units,
      )
    : null;
  const pricing: PricingExplanation = releasePricing.priced
    ? releasePricing
    : {
        priced: true,
        reason: "priced",
        summary: "Priced on the Medicare physician fee schedule",
        detail: `CMS publishes RVUs for ${itemKey(item)}, and Medicare pays it under the physician fee schedule when the service is covered.`,
      };
  return {
    rvus,
    payment: { national, qualifyingApm, locality: local },
    labFee: null,
    pricing,
    referenceOnly: false,
    settingNa: na,
  };
}

/**
 * Every line of a list and the totals in one release. Items whose code is missing from `dataByCode` are
 * returned without figures (still loading) and left out of the totals.
 */
export function computeCalculator(
  items: readonly CalculatorItem[],
  dataByCode: Readonly<Record<string, CalculatorCodeData>>,
  options: ComputeOptions,
): CalculatorResult {
  let work = 0;
  let total = 0;
  let national = 0;
  let qualifyingApm = 0;
  let lab = 0;
  let local = 0;
  const totals: CalculatorTotals = {
    workRvu: 0,
    totalRvu: 0,
    nationalPayment: 0,
    nationalPaymentQualifyingApm: null,
    labFeeTotal: 0,
    labLines: 0,
    localityPayment: null,
    paidLines: 0,
    unpaidLines: 0,
    referenceOnlyLines: 0,
    pendingLines: 0,
  };
  const lines = items.map((item): CalculatorLine => {
    const data = dataByCode[item.code];
    const key = itemKey(item);
    if (!data) {
      totals.pendingLines += 1;
      return { item, key, figures: null };
    }
    const figures = computeLine(item, data, options);
    if (figures.rvus) {
      work += toHundredths(figures.rvus.work);
      total += toHundredths(figures.rvus.total);
    }
    if (figures.payment) {
      totals.paidLines += 1;
      national += toHundredths(figures.payment.national);
      qualifyingApm += toHundredths(figures.payment.qualifyingApm ?? 0);
      local += toHundredths(figures.payment.locality ?? 0);
    } else {
      totals.unpaidLines += 1;
      if (figures.referenceOnly) totals.referenceOnlyLines += 1;
    }
    if (figures.labFee !== null) {
      totals.labLines += 1;
      lab += toHundredths(figures.labFee);
    }
    return { item, key, figures };
  });
  totals.workRvu = fromHundredths(work);
  totals.totalRvu = fromHundredths(total);
  totals.nationalPayment = fromHundredths(national);
  totals.nationalPaymentQualifyingApm =
    options.release.qualifyingApmConversionFactor != null ? fromHundredths(qualifyingApm) : null;
  totals.labFeeTotal = fromHundredths(lab);
  totals.localityPayment = options.gpci ? fromHundredths(local) : null;
  return { lines, totals };
}

/**
 * The GPCI year to use with a release: the release's own year when imported, otherwise the nearest
 * imported year (the earlier one on a tie, so a release never borrows indices from the future when the
 * past is as close). Null when no GPCI data exists.
 */
export function pickGpciYear(releaseYear: number, gpciYears: readonly number[]): number | null {
  let best: number | null = null;
  for (const year of gpciYears) {
    if (
      best === null ||
      Math.abs(year - releaseYear) < Math.abs(best - releaseYear) ||
      (Math.abs(year - releaseYear) === Math.abs(best - releaseYear) && year < best)
    ) {
      best = year;
    }
  }
  return best;
}

/** The chosen locality with the GPCIs of the release's GPCI year, or null. */
export function findReleaseLocality(
  setup: CalculatorSetup,
  release: Pick<CalculatorRelease, "gpciYear">,
  localityId: string | null,
): CalculatorLocality | null {
  if (localityId === null || release.gpciYear === null) return null;
  const localities = setup.localitiesByYear[String(release.gpciYear)] ?? [];
  return localities.find((locality) => locality.id === localityId) ?? null;
}

export interface CalculatorSelection {
  release: CalculatorRelease;
  /** Localities with GPCIs for the release's GPCI year; empty when none is imported. */
  localities: CalculatorLocality[];
  /** The chosen locality when it has GPCIs for that year. */
  locality: CalculatorLocality | null;
}

/**
 * The release a state names (the newest when it names one that is not imported), its localities and the
 * chosen locality; null when no release is imported at all.
 */
export function selectRelease(
  setup: CalculatorSetup,
  state: Pick<CalculatorState, "releaseId" | "localityId">,
): CalculatorSelection | null {
  const release =
    setup.releases.find((candidate) => candidate.id === state.releaseId) ?? setup.releases.at(-1);
  if (!release) return null;
  const localities =
    release.gpciYear === null ? [] : (setup.localitiesByYear[String(release.gpciYear)] ?? []);
  return { release, localities, locality: findReleaseLocality(setup, release, state.localityId) };
}

export interface ReleaseComparison {
  release: CalculatorRelease;
  locality: CalculatorLocality | null;
  totals: CalculatorTotals;
}

/** The same list, setting and locality priced in every release, oldest first. */
export function compareReleases(
  items: readonly CalculatorItem[],
  dataByCode: Readonly<Record<string, CalculatorCodeData>>,
  setup: CalculatorSetup,
  setting: CalculatorSetting,
  localityId: string | null,
): ReleaseComparison[] {
  return setup.releases.map((release) => {
    const locality = findReleaseLocality(setup, release, localityId);
    const { totals } = computeCalculator(items, dataByCode, { release, setting, gpci: locality });
    return { release, locality, totals };
  });
}
