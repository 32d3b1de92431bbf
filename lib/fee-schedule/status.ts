/**
 * Plain-English meanings of the PFS status codes and payment indicators, and the reason a code has no
 * national Medicare price.
 *
 * The wording is CodeAtlas's own, checked against Attachment A and the field notes of the CMS RVU file
 * layout (RVU25D.pdf). Pure data and functions: components and client code import this module directly.
 */
import type { GlobalPeriod, PcTcIndicator, PfsStatus, RvuRow } from "@/lib/fee-schedule/schema";

/** The code sets the site covers; the lead's lib/codes module derives it from the code. */
export type PricingCodeSystem = "CPT" | "HCPCS" | "CDT";

/** What a status code means for a reader. */
export interface StatusExplanation {
  code: PfsStatus;
  /** Short name, e.g. "Active code". */
  name: string;
  /** One or two sentences in plain English. */
  meaning: string;
  /** True for A, R and T: the only statuses whose RVUs Medicare uses to pay. */
  usedForPayment: boolean;
}

const STATUS_TEXT: Record<PfsStatus, Omit<StatusExplanation, "code">> = {
  A: {
    name: "Active code",
    meaning:
      "Medicare pays for this service separately under the physician fee schedule when it is covered, using the RVUs shown. Coverage is still decided case by case or by local policy unless Medicare has a national rule.",
    usedForPayment: true,
  },
  B: {
    name: "Bundled code",
    meaning:
      "Medicare never pays for this service on its own. When covered, its payment is already included in the payment for the service it goes with. Any RVUs shown are not used for payment.",
    usedForPayment: false,
  },
  C: {
    name: "Priced by the contractor",
    meaning:
      "CMS publishes no national RVUs. The regional Medicare contractor (MAC) sets the payment, usually case by case after reviewing documentation such as the operative report.",
    usedForPayment: false,
  },
  D: {
    name: "Deleted code",
    meaning: "The code was deleted at the start of the year and can no longer be billed.",
    usedForPayment: false,
  },
  E: {
    name: "Excluded by regulation",
    meaning:
      "CMS has chosen by regulation to keep this item or service off the physician fee schedule. No RVUs are given and nothing is paid under the fee schedule; if Medicare covers it, payment comes through another method.",
    usedForPayment: false,
  },
  F: {
    name: "Deleted or discontinued code",
    meaning: "The code was deleted or discontinued with no grace period for billing it.",
    usedForPayment: false,
  },
  G: {
    name: "Not valid for Medicare: another code applies",
    meaning:
      "Medicare does not accept this code and uses a different code to report and pay for the service. This status came with a 90-day grace period.",
    usedForPayment: false,
  },
  H: {
    name: "Deleted modifier",
    meaning:
      "The professional (26) or technical (TC) component that this code had last year has been removed, so that component can no longer be billed.",
    usedForPayment: false,
  },
  I: {
    name: "Not valid for Medicare",
    meaning:
      "Medicare does not accept this code for billing and uses a different code to report and pay for the service. There is no grace period.",
    usedForPayment: false,
  },
  J: {
    name: "Anesthesia service",
    meaning:
      "Anesthesia services have no RVUs or fee schedule amounts in this file; Medicare pays them with anesthesia base units, time and a separate anesthesia conversion factor.",
    usedForPayment: false,
  },
  M: {
    name: "Measurement code",
    meaning:
      "The code exists only to report quality or performance measures. It carries no payment.",
    usedForPayment: false,
  },
  N: {
    name: "Not covered by Medicare",
    meaning:
      "Medicare does not cover this service, so it pays nothing for it. Any RVUs shown are for information only.",
    usedForPayment: false,
  },
  P: {
    name: "Bundled or excluded",
    meaning:
      "There are no RVUs and no fee schedule payment. If the item is supplied incident to a physician's service on the same day, its cost is part of that service's payment; otherwise it falls outside the fee schedule and, when covered, is paid under another part of Medicare.",
    usedForPayment: false,
  },
  R: {
    name: "Restricted coverage",
    meaning:
      "Special coverage rules apply and Medicare covers the service only in limited circumstances. When it is covered, the contractor sets the price. Most dental (D) codes have this status.",
    usedForPayment: true,
  },
  T: {
    name: "Injection: paid only when billed alone",
    meaning:
      "The service has RVUs and a payment amount, but Medicare pays it only when the same provider bills no other fee schedule service that day; otherwise it is folded into the other service.",
    usedForPayment: true,
  },
  X: {
    name: "Excluded by law",
    meaning:
      "The service does not meet the legal definition of a physician service, so the physician fee schedule cannot pay for it. Ambulance services and clinical laboratory tests are examples; when covered, they are paid under their own Medicare fee schedules.",
    usedForPayment: false,
  },
};

/**
 * Explains a PFS status code.
 *
 * @param options.medicareAlternative for status I (and G): the code Medicare uses instead, when the caller knows it
 */
export function explainStatus(
  status: PfsStatus,
  options: { medicareAlternative?: string } = {},
): StatusExplanation {
  const text = STATUS_TEXT[status];
  const alternative = options.medicareAlternative;
  const meaning =
    alternative && (status === "I" || status === "G")
      ? `${text.meaning} For Medicare, report ${alternative} instead.`
      : text.meaning;
  return { code: status, ...text, meaning };
}

/** Every status code with its explanation, in alphabetical order (for the docs and a glossary page). */
export function getAllStatusExplanations(): StatusExplanation[] {
  return (Object.keys(STATUS_TEXT) as PfsStatus[]).sort().map((status) => explainStatus(status));
}

/**
 * True when Medicare pays this row from its RVUs in a setting: status A, R or T, not flagged "not used for
 * Medicare payment", and a non-zero total (a zero total, as on most dental codes, means "not priced").
 */
export function isPaidFromRvus(
  row: Pick<RvuRow, "status" | "notUsedForMedicarePayment">,
  totalRvu: number,
): boolean {
  return STATUS_TEXT[row.status].usedForPayment && !row.notUsedForMedicarePayment && totalRvu > 0;
}

/** What a global period means. */
export interface GlobalPeriodExplanation {
  code: GlobalPeriod;
  /** Short label, e.g. "90-day global period". */
  name: string;
  meaning: string;
}

const GLOBAL_PERIOD_TEXT: Record<GlobalPeriod, Omit<GlobalPeriodExplanation, "code">> = {
  "000": {
    name: "0-day global period",
    meaning:
      "An endoscopy or minor procedure. Care before and after it on the day of the procedure is included; a separate visit that day is generally not paid.",
  },
  "010": {
    name: "10-day global period",
    meaning:
      "A minor procedure. Care on the day of the procedure and for the following 10 days is included in the payment; separate visits in that window are generally not paid.",
  },
  "090": {
    name: "90-day global period",
    meaning:
      "A major surgery. The payment covers the day before, the day of surgery and 90 days of follow-up care.",
  },
  MMM: {
    name: "Maternity care",
    meaning: "A maternity code; the usual global surgery rules do not apply.",
  },
  XXX: {
    name: "No global period",
    meaning: "The global surgery concept does not apply to this code.",
  },
  YYY: {
    name: "Set by the contractor",
    meaning:
      "The Medicare contractor decides whether a global period applies and how long it is when it prices the service.",
  },
  ZZZ: {
    name: "Part of another service's global period",
    meaning:
      "An add-on that is always tied to another service and falls inside that service's global period.",
  },
};

/** Explains a global surgery period (000, 010, 090, MMM, XXX, YYY, ZZZ). */
export function explainGlobalPeriod(days: GlobalPeriod): GlobalPeriodExplanation {
  return { code: days, ...GLOBAL_PERIOD_TEXT[days] };
}

/** What a PC/TC indicator means. */
export interface PcTcExplanation {
  code: PcTcIndicator;
  name: string;
  meaning: string;
}

const PCTC_TEXT: Record<PcTcIndicator, Omit<PcTcExplanation, "code">> = {
  "0": {
    name: "Physician service",
    meaning:
      "A service such as a visit or surgery that cannot be split into professional and technical parts; modifiers 26 and TC do not apply.",
  },
  "1": {
    name: "Diagnostic test with professional and technical parts",
    meaning:
      "The test can be billed whole (no modifier), as the professional component (26: the physician's interpretation) or as the technical component (TC: equipment, staff and supplies).",
  },
  "2": {
    name: "Professional component only",
    meaning:
      "A stand-alone code for the physician's part of a test, such as reading and reporting it; modifiers 26 and TC do not apply.",
  },
  "3": {
    name: "Technical component only",
    meaning:
      "A stand-alone code for the technical part of a test (equipment, staff, supplies) with no physician work; modifiers 26 and TC do not apply.",
  },
  "4": {
    name: "Global test only",
    meaning:
      "A stand-alone code for a whole test whose professional and technical parts have their own codes; its RVUs equal the two parts combined. Modifiers 26 and TC do not apply.",
  },
  "5": {
    name: "Incident-to service",
    meaning:
      "A service staff provide under a physician's direct supervision. It is not paid this way for hospital inpatients or outpatients; modifiers 26 and TC do not apply.",
  },
  "6": {
    name: "Laboratory physician interpretation",
    meaning:
      "A clinical lab code for which a laboratory physician's interpretation can be paid separately; the test itself is paid under the lab fee schedule. Modifier TC does not apply.",
  },
  "7": {
    name: "Physical therapy service not payable in some settings",
    meaning:
      "Not paid when an independently practicing physical or occupational therapist provides it to a hospital inpatient or outpatient.",
  },
  "8": {
    name: "Physician interpretation of a lab test",
    meaning:
      "The professional part of a lab test, paid only when a physician interprets an abnormal result for a hospital inpatient; there is no technical component billing.",
  },
  "9": {
    name: "Not applicable",
    meaning: "The professional/technical split does not apply to this code.",
  },
};

/** Explains a PC/TC indicator (0–9). */
export function explainPcTcIndicator(indicator: PcTcIndicator): PcTcExplanation {
  return { code: indicator, ...PCTC_TEXT[indicator] };
}

const MODIFIER_LABELS: Record<string, string> = {
  "": "Global",
  "26": "Professional component (26)",
  TC: "Technical component (TC)",
  "53": "Discontinued procedure (53)",
};

/** Row label for a modifier: "Global", "Professional component (26)", "Technical component (TC)", … */
export function getModifierLabel(modifier: string): string {
  return MODIFIER_LABELS[modifier] ?? `Modifier ${modifier}`;
}

const MODIFIER_ORDER = ["", "26", "TC", "53"];

/** Sort order for modifier rows: global first, then 26, TC, 53, then any others alphabetically. */
export function compareModifiers(a: string, b: string): number {
  const rank = (modifier: string): number => {
    const index = MODIFIER_ORDER.indexOf(modifier);
    return index === -1 ? MODIFIER_ORDER.length : index;
  };
  return rank(a) - rank(b) || a.localeCompare(b);
}

/** Why a code does or does not have a national Medicare physician fee schedule amount. */
export type PricingReason =
  | "priced"
  | "dental"
  | "drug"
  | "dmepos"
  | "ambulance"
  | "clinical-lab"
  | "bundled"
  | "contractor-priced"
  | "restricted"
  | "excluded"
  | "statutory-exclusion"
  | "non-covered"
  | "not-valid"
  | "anesthesia"
  | "measurement"
  | "deleted"
  | "not-on-pfs";

/** The pricing verdict for one code in one release. */
export interface PricingExplanation {
  /** True when CMS publishes national RVUs that Medicare uses to pay this code. */
  priced: boolean;
  reason: PricingReason;
  /** One-line heading, e.g. "Not on the Medicare physician fee schedule". */
  summary: string;
  /** A short paragraph for readers. */
  detail: string;
}

/** The row fields {@link explainPricing} reads; full {@link RvuRow}s fit. */
export type PricingRow = Pick<
  RvuRow,
  "modifier" | "status" | "totalNonFacility" | "totalFacility" | "notUsedForMedicarePayment"
>;

export interface ExplainPricingInput {
  /** The code, e.g. "D3351". */
  code: string;
  /** All modifier rows for the code in the release being shown; empty when the file does not list the code. */
  rows: readonly PricingRow[];
  system: PricingCodeSystem;
  /** For status I/G: the code Medicare uses instead, when known. */
  medicareAlternative?: string;
}

/**
 * The one explanation of Medicare and dental care that every dental page shows, so records need not each
 * restate it. Since 2023 the PFS final rules have listed medical treatments to which a dental service can be
 * "inextricably linked"; the examples are the ones CMS named for 2023–2025.
 */
const DENTAL_DETAIL =
  "Medicare Part B excludes routine dental care, so dental plans and Medicaid dental programs pay for most dental procedures from their own fee schedules, and CMS publishes no RVUs or national amount for this code. Medicare does pay for dental services that are inextricably linked to covered medical treatment: for example, dental exams and treatment to clear infection before an organ transplant, a heart valve replacement or valvuloplasty, dialysis for kidney failure, or radiation for head and neck cancer. The Medicare contractor then sets the price, and the claim should show the medical treatment the dental work supports.";

function explanation(
  priced: boolean,
  reason: PricingReason,
  summary: string,
  detail: string,
): PricingExplanation {
  return { priced, reason, summary, detail };
}

function isDental(code: string, system: PricingCodeSystem): boolean {
  return system === "CDT" || (system === "HCPCS" && code.startsWith("D"));
}

/** CPT Pathology and Laboratory (80000–89999) and CPT proprietary lab analyses (codes ending in U). */
function isLabCode(code: string, system: PricingCodeSystem): boolean {
  if (system !== "CPT") return false;
  return /^8\d{4}$/.test(code) || /^\d{4}U$/.test(code);
}

function explainAbsent(code: string, system: PricingCodeSystem): PricingExplanation {
  if (isDental(code, system)) {
    return explanation(false, "dental", "Dental procedure: not priced by Medicare", DENTAL_DETAIL);
  }
  if (system === "HCPCS") {
    const letter = code.charAt(0);
    if (code.startsWith("A0")) {
      return explanation(
        false,
        "ambulance",
        "Paid under the Medicare ambulance fee schedule",
        "Ambulance services are not physician services. When Medicare covers them, it pays from the separate ambulance fee schedule, not from physician fee schedule RVUs.",
      );
    }
    if (letter === "E" || letter === "K" || letter === "L" || letter === "A") {
      return explanation(
        false,
        "dmepos",
        "Paid under the DMEPOS fee schedule",
        "This is durable medical equipment, a prosthetic, an orthotic or a supply. When Medicare covers it, payment comes from the DMEPOS fee schedule (durable medical equipment, prosthetics, orthotics and supplies), which CMS publishes separately, not from the physician fee schedule.",
      );
    }
    if (letter === "J") {
      return explainDrug();
    }
  }
  return explanation(
    false,
    "not-on-pfs",
    "Not on the Medicare physician fee schedule",
    system === "CPT"
      ? "CMS's physician fee schedule file for this release does not list this code, so there are no Medicare RVUs or national payment amount for it."
      : "CMS's physician fee schedule file for this release does not list this code. If Medicare pays for it, it does so under another payment system.",
  );
}

function explainDrug(): PricingExplanation {
  return explanation(
    false,
    "drug",
    "Drug: paid from the ASP pricing files",
    "Medicare Part B generally pays for drugs from the quarterly Average Sales Price (ASP) pricing files, not from physician fee schedule RVUs. Giving the drug, such as an injection or infusion, is billed with its own administration code.",
  );
}

/**
 * Decides from the data whether a code has a national Medicare price and, if not, why.
 *
 * The global row (no modifier) decides; when the file lists only component rows, the first row does. Status
 * beats code shape except where the shape names the payment system that actually applies (dental, drugs,
 * lab tests), because a bare "excluded" would leave the reader without the useful answer.
 */
export function explainPricing({
  code,
  rows,
  system,
  medicareAlternative,
}: ExplainPricingInput): PricingExplanation {
  const normalized = code.trim().toUpperCase();
  const row = rows.find((candidate) => candidate.modifier === "") ?? rows[0];
  if (row === undefined) return explainAbsent(normalized, system);

  const hasRvus = rows.some(
    (candidate) => candidate.totalNonFacility > 0 || candidate.totalFacility > 0,
  );
  const status = row.status;
  const statusText = explainStatus(
    status,
    medicareAlternative === undefined ? {} : { medicareAlternative },
  );

  if (STATUS_TEXT[status].usedForPayment && hasRvus && !row.notUsedForMedicarePayment) {
    const detail =
      status === "R"
        ? "CMS publishes RVUs for this code, but Medicare covers it only in limited circumstances."
        : status === "T"
          ? "CMS publishes RVUs for this code; Medicare pays it only when no other fee schedule service is billed by the same provider that day."
          : "CMS publishes RVUs for this code, and Medicare pays it under the physician fee schedule when the service is covered.";
    return explanation(true, "priced", "Priced on the Medicare physician fee schedule", detail);
  }

  if (isDental(normalized, system)) {
    return explanation(false, "dental", "Dental procedure: not priced by Medicare", DENTAL_DETAIL);
  }
  if (system === "HCPCS" && normalized.startsWith("J") && (status === "E" || status === "X")) {
    return explainDrug();
  }
  if (status === "X" && isLabCode(normalized, system)) {
    return explanation(
      false,
      "clinical-lab",
      "Paid under the Clinical Laboratory Fee Schedule",
      "Clinical laboratory tests are not physician services under the law, so the physician fee schedule does not pay for them. When Medicare covers the test, it pays from the Clinical Laboratory Fee Schedule.",
    );
  }
  if (status === "X" && system === "HCPCS" && normalized.startsWith("A0")) {
    return explainAbsent(normalized, system);
  }

  const summaryByStatus: Record<PfsStatus, [PricingReason, string]> = {
    A: ["contractor-priced", "No national amount published"],
    B: ["bundled", "Bundled into other services"],
    C: ["contractor-priced", "Priced by the Medicare contractor"],
    D: ["deleted", "Deleted code"],
    E: ["excluded", "Excluded from the physician fee schedule"],
    F: ["deleted", "Deleted code"],
    G: ["not-valid", "Not valid for Medicare"],
    H: ["deleted", "Deleted component"],
    I: ["not-valid", "Not valid for Medicare"],
    J: ["anesthesia", "Anesthesia: paid by the anesthesia formula"],
    M: ["measurement", "Reporting code: no payment"],
    N: ["non-covered", "Not covered by Medicare"],
    P: ["bundled", "Bundled or excluded: no separate payment"],
    R: ["restricted", "Restricted coverage: priced by the Medicare contractor"],
    T: ["contractor-priced", "No national amount published"],
    X: ["statutory-exclusion", "Excluded from the physician fee schedule by law"],
  };
  const [reason, summary] = summaryByStatus[status];
  const extra =
    hasRvus && (row.notUsedForMedicarePayment || !STATUS_TEXT[status].usedForPayment)
      ? " CMS lists RVUs for this code for reference, but Medicare does not use them to pay."
      : "";
  const meaning =
    (status === "A" || status === "T") && !hasRvus
      ? "The file lists this code with no RVUs, so there is no national amount; the Medicare contractor decides any payment."
      : statusText.meaning;
  return explanation(false, reason, summary, `${meaning}${extra}`);
}
