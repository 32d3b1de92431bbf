import type { CodeEntry } from "@/lib/code-index";
import { getCode } from "@/lib/content";
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
  /** Curated (explained by CodeAtlas), reference (facts from the CMS files) or deleted. */
  kind: CodeEntry["kind"];
  /** Which section of a large category the code is in, for grouping a listing. */
  section: { slug: string; name: string } | undefined;
}

/**
 * Longest description a table row shows whole; longer ones are cut at a word. Our own descriptions are
 * written to fit (the longest is under 250 characters), but CMS's long HCPCS descriptors run to 600, which
 * made a listing page of a hundred of them 260 KB and hard to scan on a phone. The whole text is one tap
 * away on the code page.
 */
const ROW_DESCRIPTION_LENGTH = 250;

/**
 * What a row says about a code: our name and description for curated codes, CMS's public-domain text
 * for HCPCS Level II codes, and nothing for CPT and CDT codes without a record (the descriptor is the
 * AMA's or ADA's; the table says the page has the CMS figures instead).
 */
function rowText(entry: CodeEntry): { name: string; description: string } {
  const record = entry.kind === "curated" ? getCode(entry.code) : undefined;
  if (record) return { name: record.name, description: record.description };
  if (entry.kind === "deleted")
    return {
      name: "Deleted code",
      description: "No longer in the current CMS files; the page keeps its last figures.",
    };
  if (entry.name) return { name: "", description: entry.name };
  return {
    name: "",
    description: "Medicare figures and indicators from the CMS files; no editorial summary yet.",
  };
}

/** Rows for code tables on browse pages, with Medicare status from the imported data. */
export function getCodeRows(entries: CodeEntry[]): CodeRow[] {
  return entries.map((entry) => {
    const { name, description } = rowText(entry);
    return {
      code: entry.code,
      name,
      description: fitDescription(description, ROW_DESCRIPTION_LENGTH),
      href: codePath(entry.code),
      medicareStatus:
        entry.kind === "deleted"
          ? "Not in the current files"
          : getCodePricing(entry.code, entry.system).statusLabel,
      kind: entry.kind,
      section: entry.section && { slug: entry.section.slug, name: entry.section.name },
    };
  });
}
