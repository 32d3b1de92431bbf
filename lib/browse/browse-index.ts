/**
 * Browsing structure: systems → categories → codes, with counts, from the code index (every code a
 * reader can look up, curated or not) and the range tables. Built once per index: pages ask for it
 * thousands of times during a build.
 */
import {
  CODE_SYSTEMS,
  getCategoriesOfSystem,
  type CodeCategory,
  type CodeSystem,
  type CodeSystemId,
} from "@/lib/codes/code-system";
import { getAllCodeEntries, type CodeEntry } from "@/lib/code-index";

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

interface BrowseIndex {
  systems: SystemSummary[];
  /** Position of each code within its category, for previous/next links. */
  positions: Map<string, { category: CategoryWithCodes; index: number }>;
}

const indexes = new WeakMap<CodeEntry[], BrowseIndex>();

function getBrowseIndex(): BrowseIndex {
  const codes = getAllCodeEntries();
  let index = indexes.get(codes);
  if (!index) {
    const byCategory = new Map<string, CodeEntry[]>();
    for (const entry of codes) {
      const key = `${entry.system}/${entry.category.slug}`;
      const list = byCategory.get(key);
      if (list) list.push(entry);
      else byCategory.set(key, [entry]);
    }
    const systems = SYSTEM_ORDER.map((id) => {
      const categories = getCategoriesOfSystem(id).map((category) => {
        const list = byCategory.get(`${id}/${category.slug}`) ?? [];
        const curatedCount = list.filter((entry) => entry.kind === "curated").length;
        return { ...category, codes: list, curatedCount };
      });
      const count = categories.reduce((sum, category) => sum + category.codes.length, 0);
      const curatedCount = categories.reduce((sum, category) => sum + category.curatedCount, 0);
      return { ...CODE_SYSTEMS[id], count, curatedCount, categories };
    });
    const positions = new Map<string, { category: CategoryWithCodes; index: number }>();
    for (const category of systems.flatMap((system) => system.categories)) {
      category.codes.forEach((entry, position) =>
        positions.set(entry.code, { category, index: position }),
      );
    }
    index = { systems, positions };
    indexes.set(codes, index);
  }
  return index;
}

/** Every system with its categories; categories with no records yet are kept, with an empty list. */
export function getSystemSummaries(): SystemSummary[] {
  return getBrowseIndex().systems;
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

/** Previous and next code in the same category, for walking a range code by code. */
export function getCategoryNeighbours(code: string): { previous?: CodeEntry; next?: CodeEntry } {
  const position = getBrowseIndex().positions.get(code);
  if (!position) return {};
  return {
    previous: position.category.codes[position.index - 1],
    next: position.category.codes[position.index + 1],
  };
}
