/**
 * Joins a code record with the imported fee-schedule data: the rows, the release and what the data says
 * about Medicare payment in words. The one place code pages, browse tables and the FAQ ask these questions.
 */
import type { CodeSystemId } from "@/lib/codes/code-system";

import { describeLabFee, toLabFees, type LabFees } from "./lab-fees";
import {
  getLabFees,
  getLatestRelease,
  getReleases,
  getRvuRows,
  type ReleaseInfo,
  type RvuRow,
} from "./load";
import {
  explainPricing,
  explainStatus,
  type PricingExplanation,
  type PricingCodeSystem,
} from "./status";

export interface CodePricing {
  release: ReleaseInfo;
  rows: RvuRow[];
  pricing: PricingExplanation;
  /** Status of the global row in words, or a note that the file does not list the code. */
  statusLabel: string;
  /** The code's rows in the newest Clinical Laboratory Fee Schedule, or null when it does not list it. */
  labFees: LabFees | null;
}

const SYSTEM_FOR_PRICING: Record<CodeSystemId, PricingCodeSystem> = {
  cpt: "CPT",
  hcpcs: "HCPCS",
  cdt: "CDT",
};

/**
 * @param releaseId the release to read (default: the newest); a deleted code's page passes the last
 *   release that listed it
 */
export function getCodePricing(
  code: string,
  system: CodeSystemId,
  medicareAlternative?: string,
  releaseId?: string,
): CodePricing {
  const release = releaseId
    ? getReleases().find((candidate) => candidate.id === releaseId)!
    : getLatestRelease();
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
  const lab = getLabFees(code);
  const labFees = lab ? toLabFees(lab) : null;
  return { release, rows, pricing, statusLabel, labFees };
}

/** The answer to "Is CODE covered?", from the data. */
export function buildCoverageAnswer(code: string, pricing: CodePricing): string {
  const { summary, detail } = pricing.pricing;
  const lab = pricing.labFees ? ` ${describeLabFee(code, pricing.labFees)}` : "";
  return `${summary}. ${detail}${lab} Source: CMS Physician Fee Schedule, ${pricing.release.label}${pricing.labFees ? `, and the ${pricing.labFees.schedule.label}` : ""}. Private plans set their own coverage rules, so check the patient's plan for ${code}.`;
}
