/**
 * Browsing structure: systems → categories → codes, with counts, from the records and the range tables.
 */
import {
  CODE_SYSTEMS,
  getCategoriesOfSystem,
  type CodeCategory,
  type CodeSystem,
  type CodeSystemId,
} from "@/lib/codes/code-system";
import { getAllCodes, type CodeRecord } from "@/lib/content";

export interface CategoryWithCodes extends CodeCategory {
  codes: CodeRecord[];
}

export interface SystemSummary extends CodeSystem {
  count: number;
  categories: CategoryWithCodes[];
}

export const SYSTEM_ORDER: CodeSystemId[] = ["cpt", "hcpcs", "cdt"];

/** Every system with its categories; categories with no records yet are kept, with an empty list. */
export function getSystemSummaries(): SystemSummary[] {
  const codes = getAllCodes();
  return SYSTEM_ORDER.map((id) => {
    const inSystem = codes.filter((record) => record.system === id);
    const categories = getCategoriesOfSystem(id).map((category) => ({
      ...category,
      codes: inSystem.filter((record) => record.category.slug === category.slug),
    }));
    return { ...CODE_SYSTEMS[id], count: inSystem.length, categories };
  });
}

export function getSystemSummary(id: CodeSystemId): SystemSummary {
  return getSystemSummaries().find((summary) => summary.id === id)!;
}

/** The category and its records, or undefined when the slug is not a category of the system. */
export function getCategoryWithCodes(system: CodeSystemId, slug: string): CategoryWithCodes | undefined {
  return getSystemSummary(system).categories.find((category) => category.slug === slug);
}

/** Previous and next record in the same category, for walking a range code by code. */
export function getCategoryNeighbours(record: CodeRecord): { previous?: CodeRecord; next?: CodeRecord } {
  const siblings = getAllCodes().filter(
    (other) => other.system === record.system && other.category.slug === record.category.slug,
  );
  const index = siblings.findIndex((other) => other.code === record.code);
  return { previous: siblings[index - 1], next: siblings[index + 1] };
}
