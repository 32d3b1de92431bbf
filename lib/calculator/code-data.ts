/**
 * Server-side lookups for the calculator: one code across every imported release (what the route handler
 * returns and the page renders), and the releases and localities the page passes to the client.
 *
 * Only the figures a line needs leave the server: no descriptions, and never a whole dataset.
 */
import { pickGpciYear } from "@/lib/calculator/compute";
import type {
  CalculatorCodeData,
  CalculatorLocality,
  CalculatorRow,
  CalculatorSetup,
} from "@/lib/calculator/types";
import { quoteInput } from "@/lib/calculator/items";
import { getCodeSystemId, normalizeCode, type CodeSystemId } from "@/lib/codes/code-system";
import { getCode } from "@/lib/content";
import { getConversionFactors } from "@/lib/fee-schedule/conversion-factors";
import { toLabFees } from "@/lib/fee-schedule/lab-fees";
import {
  getGpciLocalities,
  getGpciYears,
  getLabFees,
  getReleases,
  getRvuRows,
} from "@/lib/fee-schedule/load";
import type { RvuRow } from "@/lib/fee-schedule/schema";
import { explainPricing, type PricingCodeSystem } from "@/lib/fee-schedule/status";
import { codePath } from "@/lib/site";

export type CodeLookup =
  | { status: "found"; data: CalculatorCodeData }
  /** The text cannot be a code at all. */
  | { status: "invalid"; error: string }
  /** A well-formed code the data knows nothing about. */
  | { status: "unknown"; code: string; error: string };

const SYSTEM_FOR_PRICING: Record<CodeSystemId, PricingCodeSystem> = {
  cpt: "CPT",
  hcpcs: "HCPCS",
  cdt: "CDT",
};

function toCalculatorRow(row: RvuRow): CalculatorRow {
  return {
    modifier: row.modifier,
    status: row.status,
    notUsedForMedicarePayment: row.notUsedForMedicarePayment,
    workRvu: row.workRvu,
    peNonFacility: row.peNonFacility,
    peNonFacilityNa: row.peNonFacilityNa,
    peFacility: row.peFacility,
    peFacilityNa: row.peFacilityNa,
    mpRvu: row.mpRvu,
    totalNonFacility: row.totalNonFacility,
    totalFacility: row.totalFacility,
  };
}

/**
 * One code in every imported release, with the pricing verdict per release and its page on this site.
 *
 * A code is "unknown" when no release lists it, it has no page, and its shape names no other Medicare
 * payment system: then there is nothing true to say about it. A code that no release lists but whose shape
 * does say where it is paid (E0114: DMEPOS, D codes: dental, J codes: drugs) is found, with that reason.
 */
export function lookupCalculatorCode(input: string): CodeLookup {
  const code = normalizeCode(input);
  const systemId = code ? getCodeSystemId(code) : undefined;
  if (!code || !systemId) {
    return {
      status: "invalid",
      error: `${quoteInput(input.trim())} is not a CPT, HCPCS Level II or CDT code.`,
    };
  }
  const system = SYSTEM_FOR_PRICING[systemId];
  const record = getCode(code);
  const releases = getReleases().map((release) => {
    const rows = getRvuRows(code, release.id);
    const pricing = explainPricing({
      code,
      rows,
      system,
      ...(record?.medicareAlternative ? { medicareAlternative: record.medicareAlternative } : {}),
    });
    return { releaseId: release.id, rows: rows.map(toCalculatorRow), pricing };
  });
  const labFees = getLabFees(code);
  const listed = releases.some((release) => release.rows.length > 0) || labFees !== undefined;
  const absentReason = explainPricing({ code, rows: [], system }).reason;
  if (!listed && !record && absentReason === "not-on-pfs") {
    const ids = getReleases()
      .map((release) => release.id)
      .join(", ");
    return {
      status: "unknown",
      code,
      error: `${code} is not in the CMS physician fee schedule data on this site (${ids}).`,
    };
  }
  return {
    status: "found",
    data: {
      code,
      system,
      page: record ? { name: record.name, path: codePath(record.code) } : null,
      releases,
      labFees: labFees ? toLabFees(labFees) : null,
    },
  };
}

/** Releases with their GPCI years, and the localities of every GPCI year in use. */
export function getCalculatorSetup(): CalculatorSetup {
  const gpciYears = getGpciYears();
  const releases = getReleases().map((release) => ({
    id: release.id,
    label: release.label,
    year: release.year,
    conversionFactor: release.conversionFactor,
    qualifyingApmConversionFactor:
      getConversionFactors(release).find((factor) => factor.kind === "qualifying-apm")?.value ??
      null,
    gpciYear: pickGpciYear(release.year, gpciYears),
  }));
  const localitiesByYear: Record<string, CalculatorLocality[]> = {};
  for (const { gpciYear } of releases) {
    if (gpciYear === null || localitiesByYear[String(gpciYear)]) continue;
    localitiesByYear[String(gpciYear)] = getGpciLocalities(gpciYear).map(
      ({ id, name, state, pw, pe, mp }) => ({ id, name, state, pw, pe, mp }),
    );
  }
  return { releases, localitiesByYear };
}
