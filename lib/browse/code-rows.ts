import type { CodeRecord } from "@/lib/content";
import { getCodePricing } from "@/lib/fee-schedule/code-pricing";
import { fitDescription } from "@/lib/seo/metadata";
import { codePath } from "@/lib/site";

/** One row of the code table on category and specialty pages. */
export interface CodeRow {
  code: string;
  name: string;
  description: string;
  href: string;
  /** Medicare status in words, e.g. "Active" or "Restricted coverage". */
  medicareStatus: string;
}

/**
 * Longest description a table row shows whole; longer ones are cut at a word. Our own descriptions are
 * written to fit (the longest is under 250 characters), but CMS's long HCPCS descriptors run to 600, which
 * made a listing page of a hundred of them 260 KB and hard to scan on a phone. The whole text is one tap
 * away on the code page.
 */
const ROW_DESCRIPTION_LENGTH = 250;

/** Rows for code tables on browse pages, with Medicare status from the imported data. */
export function getCodeRows(records: CodeRecord[]): CodeRow[] {
  return records.map((record) => ({
    code: record.code,
    name: record.name,
    description: fitDescription(record.description, ROW_DESCRIPTION_LENGTH),
    href: codePath(record.code),
    medicareStatus: getCodePricing(record.code, record.system).statusLabel,
  }));
}
