/**
 * Browsing structure: systems → categories → codes, with counts, from the code index (every code a
 * reader can look up, curated or not) and the range tables. Built once per index: pages ask for it
 * thousands of times during a build. Each category's list, and so a code's position in it, is the code
 * index's (`getCategoryEntries`); this module only adds the counts and the system grouping.
 */
import {
  CODE_SYSTEMS,
  getCategoriesOfSystem,
  type CodeCategory,
  type CodeSystem,
  type CodeSystemId,
} from "@/lib/codes/code-system";
import { getAllCodeEntries, getCategoryEntries, type CodeEntry } from "@/lib/code-index";

export interface CategoryWithCodes extends CodeCategory {
  /** Every code of the category with a page, sorted by code. */
  codes: CodeEntry[];
  /** How many of them have a curated record. */
  curatedCount: number;
}

export interface SystemSummary extends CodeSystem {
  count: number;
  curatedCount: number;
  categories: CategoryWithCodes[];
}

export const SYSTEM_ORDER: CodeSystemId[] = ["cpt", "hcpcs", "cdt"];

const summaries = new WeakMap<CodeEntry[], SystemSummary[]>();

function buildSystemSummaries(): SystemSummary[] {
  return SYSTEM_ORDER.map((id) => {
    const categories = getCategoriesOfSystem(id).map((category) => {
      const list = getCategoryEntries(id, category.slug);
      const curatedCount = list.filter((entry) => entry.kind === "curated").length;
      return { ...category, codes: list, curatedCount };
    });
    const count = categories.reduce((sum, category) => sum + category.codes.length, 0);
    const curatedCount = categories.reduce((sum, category) => sum + category.curatedCount, 0);
    return { ...CODE_SYSTEMS[id], count, curatedCount, categories };
  });
}

/** Every system with its categories; categories with no records yet are kept, with an empty list. */
export function getSystemSummaries(): SystemSummary[] {
  const codes = getAllCodeEntries();
  let systems = summaries.get(codes);
  if (!systems) {
    systems = buildSystemSummaries();
    summaries.set(codes, systems);
  }
  return systems;
}

export function getSystemSummary(id: CodeSystemId): SystemSummary {
  return getSystemSummaries().find((summary) => summary.id === id)!;
}

/** What a code-system page shows: each category with its number of codes, not the codes themselves. */
export interface SystemOverviewData extends CodeSystem {
  count: number;
  curatedCount: number;
  categories: (CodeCategory & { codeCount: number; curatedCount: number })[];
}

export function getSystemOverview(id: CodeSystemId): SystemOverviewData {
  const { categories, ...system } = getSystemSummary(id);
  return {
    ...system,
    categories: categories.map(({ codes, ...category }) => ({
      ...category,
      codeCount: codes.length,
    })),
  };
}

/** The category and its records, or undefined when the slug is not a category of the system. */
export function getCategoryWithCodes(
  system: CodeSystemId,
  slug: string,
): CategoryWithCodes | undefined {
  return getSystemSummary(system).categories.find((category) => category.slug === slug);
}
