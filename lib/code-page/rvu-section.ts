/**
 * Props for a code page's "RVU information" section: the national table, status in words, the locality
 * select (only rows Medicare pays from RVUs, only the numbers it needs) and the history across releases.
 */
import type { LocalityRvuRow } from "@/lib/fee-schedule/locality-payment";
import type { CodeRecord } from "@/lib/content";
import type { CodePricing } from "@/lib/fee-schedule/code-pricing";
import { getGpciYears, getRvuHistory } from "@/lib/fee-schedule/load";
import { isPaidFromRvus } from "@/lib/fee-schedule/status";

import { getCodePageGlossaryLinks } from "./glossary-terms";

export interface RvuSectionData {
  code: string;
  pricing: CodePricing;
  medicareAlternative: string | undefined;
  localityRows: LocalityRvuRow[];
  /** Where the browser fetches the GPCI localities for the select. */
  localitiesUrl: string;
  gpciYear: number;
  history: ReturnType<typeof getRvuHistory>;
  /** Glossary entries for the terms the section uses. */
  glossaryLinks: { label: string; href: string }[];
}

export function getRvuSectionData(
  record: Pick<CodeRecord, "code" | "system" | "medicareAlternative">,
  pricing: CodePricing,
): RvuSectionData {
  const years = getGpciYears();
  const gpciYear = years.includes(pricing.release.year) ? pricing.release.year : years.at(-1)!;
  const localityRows = pricing.rows
    .filter((row) => isPaidFromRvus(row, Math.max(row.totalNonFacility, row.totalFacility)))
    .map(({ modifier, workRvu, peNonFacility, peFacility, mpRvu }) => ({
      modifier,
      workRvu,
      peNonFacility,
      peFacility,
      mpRvu,
    }));
  return {
    code: record.code,
    pricing,
    medicareAlternative: record.medicareAlternative,
    localityRows,
    localitiesUrl: `/api/gpci/${gpciYear}`,
    gpciYear,
    history: getRvuHistory(record.code),
    glossaryLinks: getCodePageGlossaryLinks(record),
  };
}
