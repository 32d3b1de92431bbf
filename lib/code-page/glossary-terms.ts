/**
 * Glossary entries for the terms a code page uses, so readers can look up "GPCI" or "global period"
 * from the page. Labels are resolved through the glossary's own lookup; a label without an entry is
 * simply not linked.
 */
import { getCodeSystem } from "@/lib/codes/code-system";
import type { CodeRecord } from "@/lib/content";
import { findGlossaryTerm } from "@/lib/glossary";
import { glossaryTermPath } from "@/lib/site";

const CODE_PAGE_TERMS = [
  "RVU",
  "Work RVU",
  "Practice expense RVU",
  "Malpractice RVU",
  "Total RVUs",
  "Conversion factor",
  "National payment amount",
  "GPCI",
  "Global period",
  "Status indicator",
  "Modifier 26",
  "Modifier TC",
  "Facility vs non-facility",
];

export function getCodePageGlossaryLinks(
  record: Pick<CodeRecord, "system">,
): { label: string; href: string }[] {
  const labels = [getCodeSystem(record.system).label, ...CODE_PAGE_TERMS];
  const seen = new Set<string>();
  return labels.flatMap((label) => {
    const term = findGlossaryTerm(label);
    if (!term || seen.has(term.slug)) return [];
    seen.add(term.slug);
    return [{ label: term.term, href: glossaryTermPath(term.slug) }];
  });
}
