/**
 * Joins a code record with the imported fee-schedule data: the rows, the release and what the data says
 * about Medicare payment in words. The one place code pages, browse tables and the FAQ ask these questions.
 */
import type { CodeSystemId } from "@/lib/codes/code-system";
import {
  getLatestRelease,
  getRvuRows,
  type ReleaseInfo,
  type RvuRow,
} from "@/lib/fee-schedule/load";
import {
  explainPricing,
  explainStatus,
  type PricingExplanation,
  type PricingCodeSystem,
} from "@/lib/fee-schedule/status";

export interface CodePricing {
  release: ReleaseInfo;
  rows: RvuRow[];
  pricing: PricingExplanation;
  /** Status of the global row in words, or a note that the file does not list the code. */
  statusLabel: string;
}

const SYSTEM_FOR_PRICING: Record<CodeSystemId, PricingCodeSystem> = {
  cpt: "CPT",
  hcpcs: "HCPCS",
  cdt: "CDT",
};

export function getCodePricing(
  code: string,
  system: CodeSystemId,
  medicareAlternative?: string,
): CodePricing {
  const release = getLatestRelease();
  const rows = getRvuRows(code, release.id);
  const pricing = explainPricing({
    code,
    rows,
    system: SYSTEM_FOR_PRICING[system],
    ...(medicareAlternative ? { medicareAlternative } : {}),
  });
  const globalRow = rows.find((row) => row.modifier === "") ?? rows[0];
  const statusLabel = globalRow
    ? explainStatus(globalRow.status).name
    : "Not in the physician fee schedule";
  return { release, rows, pricing, statusLabel };
}

/** The answer to "Is CODE covered?", from the data. */
export function buildCoverageAnswer(code: string, pricing: CodePricing): string {
  const { summary, detail } = pricing.pricing;
  return `${summary}. ${detail} Source: CMS Physician Fee Schedule, ${pricing.release.label}. Private plans set their own coverage rules, so check the patient's plan for ${code}.`;
}
