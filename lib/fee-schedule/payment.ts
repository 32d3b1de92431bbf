/**
 * The Medicare Physician Fee Schedule payment formula, in one place.
 *
 * Pages, the locality picker and the calculator all call these functions, so a figure on one page can never
 * disagree with the same figure elsewhere. No file system access here: client components import it too.
 *
 * Money is computed on integers. RVUs carry 2 decimals, GPCIs 3 and the conversion factor 4, so each input
 * is scaled to an exact integer, multiplied as BigInt and rounded half up once, at the cent. Multiplying the
 * floating-point values directly can land a hair below a half cent and round the wrong way.
 */

/** Decimal places CMS prints for relative value units. */
export const RVU_DECIMALS = 2;
/** Decimal places CMS prints for geographic practice cost indices. */
export const GPCI_DECIMALS = 3;
/** Decimal places CMS prints for the conversion factor. */
export const CONVERSION_FACTOR_DECIMALS = 4;

/** The two settings CMS prices separately. */
export interface SettingPayments {
  /** Office and other non-facility settings. */
  nonFacility: number;
  /** Hospital, ASC and other facility settings. */
  facility: number;
}

/** RVU figures the formulas need, named as on {@link import("./schema").RvuRow}. */
export interface PaymentRvus {
  workRvu: number;
  peNonFacility: number;
  peFacility: number;
  mpRvu: number;
  totalNonFacility: number;
  totalFacility: number;
}

/** Geographic practice cost indices for one locality. */
export interface GpciValues {
  pw: number;
  pe: number;
  mp: number;
}

/**
 * Scales a decimal to an exact integer with `decimals` places, refusing values that carry more precision
 * than CMS publishes (that would mean the wrong figure was passed in, e.g. a GPCI where an RVU belongs).
 */
function toScaled(value: number, decimals: number, what: string): bigint {
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(`${what} must be a finite, non-negative number, got ${value}`);
  }
  const factor = 10 ** decimals;
  const scaled = Math.round(value * factor);
  if (Math.abs(scaled / factor - value) > 1e-9) {
    throw new RangeError(`${what} ${value} has more than ${decimals} decimal places`);
  }
  return BigInt(scaled);
}

/** Divides a non-negative scaled integer by 10^shift, rounding half up. */
function roundHalfUp(value: bigint, shift: number): bigint {
  if (shift <= 0) return value * 10n ** BigInt(-shift);
  const divisor = 10n ** BigInt(shift);
  return (value + divisor / 2n) / divisor;
}

function centsToDollars(cents: bigint): number {
  return Number(cents) / 100;
}

/** Rounds any non-negative amount half up to a number of decimals without binary floating-point surprises. */
function roundDecimal(value: number, decimals: number): number {
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(`expected a finite, non-negative number, got ${value}`);
  }
  // toPrecision(15) undoes representation error (1.005 × 100 is 100.49999…) before rounding half up.
  const factor = 10 ** decimals;
  return Math.round(Number((value * factor).toPrecision(15))) / factor;
}

/** Rounds an RVU to CMS's 2 decimals, half up. */
export function roundRvu(value: number): number {
  return roundDecimal(value, RVU_DECIMALS);
}

/** Rounds a dollar amount to the cent, half up. */
export function roundDollars(value: number): number {
  return roundDecimal(value, 2);
}

/** Rounds a conversion factor to CMS's 4 decimals, half up. */
export function roundConversionFactor(value: number): number {
  return roundDecimal(value, CONVERSION_FACTOR_DECIMALS);
}

/**
 * National Medicare payment for one setting: total RVUs × conversion factor, rounded half up to the cent.
 *
 * @example nationalPayment(2.75, 32.3465) === 88.95 // 99213, non-facility, RVU25D
 */
export function nationalPayment(totalRvu: number, conversionFactor: number): number {
  const product =
    toScaled(totalRvu, RVU_DECIMALS, "total RVU") *
    toScaled(conversionFactor, CONVERSION_FACTOR_DECIMALS, "conversion factor");
  return centsToDollars(roundHalfUp(product, RVU_DECIMALS + CONVERSION_FACTOR_DECIMALS - 2));
}

/** National non-facility and facility payments for one row. */
export function nationalPayments(
  rvus: Pick<PaymentRvus, "totalNonFacility" | "totalFacility">,
  conversionFactor: number,
): SettingPayments {
  return {
    nonFacility: nationalPayment(rvus.totalNonFacility, conversionFactor),
    facility: nationalPayment(rvus.totalFacility, conversionFactor),
  };
}

/**
 * Locality-adjusted payment: (work × PW GPCI + PE × PE GPCI + MP × MP GPCI) × CF, rounded once at the cent.
 *
 * Rounding only at the end follows the formula as CMS states it in the RVU file layout; contractors'
 * published locality amounts may differ by a cent where they round intermediate products.
 */
export function localityPayment(
  rvus: { work: number; pe: number; mp: number },
  gpci: GpciValues,
  conversionFactor: number,
): number {
  const adjusted =
    toScaled(rvus.work, RVU_DECIMALS, "work RVU") * toScaled(gpci.pw, GPCI_DECIMALS, "work GPCI") +
    toScaled(rvus.pe, RVU_DECIMALS, "PE RVU") * toScaled(gpci.pe, GPCI_DECIMALS, "PE GPCI") +
    toScaled(rvus.mp, RVU_DECIMALS, "MP RVU") * toScaled(gpci.mp, GPCI_DECIMALS, "MP GPCI");
  const product =
    adjusted * toScaled(conversionFactor, CONVERSION_FACTOR_DECIMALS, "conversion factor");
  return centsToDollars(
    roundHalfUp(product, RVU_DECIMALS + GPCI_DECIMALS + CONVERSION_FACTOR_DECIMALS - 2),
  );
}

/** Locality-adjusted non-facility and facility payments for one row. */
export function localityPayments(
  rvus: Pick<PaymentRvus, "workRvu" | "peNonFacility" | "peFacility" | "mpRvu">,
  gpci: GpciValues,
  conversionFactor: number,
): SettingPayments {
  return {
    nonFacility: localityPayment(
      { work: rvus.workRvu, pe: rvus.peNonFacility, mp: rvus.mpRvu },
      gpci,
      conversionFactor,
    ),
    facility: localityPayment(
      { work: rvus.workRvu, pe: rvus.peFacility, mp: rvus.mpRvu },
      gpci,
      conversionFactor,
    ),
  };
}

/** Percentage change from `previous` to `current`, rounded to one decimal; null when `previous` is zero. */
export function percentChange(previous: number, current: number): number | null {
  if (previous === 0) return null;
  const change = ((current - previous) / previous) * 100;
  const rounded = Math.sign(change) * roundDecimal(Math.abs(change), 1);
  return rounded === 0 ? 0 : rounded;
}

/** "1.30": an RVU with CMS's two decimals. */
export function formatRvu(value: number): string {
  return roundRvu(value).toFixed(RVU_DECIMALS);
}

/** Thousands separators for a whole number written in digits: "1234567" → "1,234,567". */
function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+$)/g, ",");
}

/**
 * "$1,234.56": dollars rounded half up to the cent (roundDollars, which refuses negative amounts), written
 * as Intl.NumberFormat's en-US currency style writes them. Written out rather than built on that
 * formatter: a browser's first currency formatter costs about 0.2 s of blocked main thread on a
 * throttled phone, which the calculator and the wRVU log would pay at start-up.
 */
export function formatDollars(value: number): string {
  const [whole, cents] = roundDollars(value).toFixed(2).split(".");
  return `$${groupThousands(whole!)}.${cents}`;
}

/** "$32.3465": the conversion factor in dollars per RVU with its four decimals. */
export function formatConversionFactor(value: number): string {
  return `$${roundConversionFactor(value).toFixed(CONVERSION_FACTOR_DECIMALS)}`;
}

/** "+2.5%", "−1.0%", "0.0%"; "—" when there is nothing to compare against. */
export function formatPercentChange(value: number | null): string {
  if (value === null) return "—";
  if (value === 0) return "0.0%";
  return `${value > 0 ? "+" : "−"}${Math.abs(value).toFixed(1)}%`;
}
