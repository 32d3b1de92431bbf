/**
 * Browsing structure: systems → categories → codes, with counts, from the records and the range tables.
 * Built once per content set: pages ask for it thousands of times during a build.
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
  /** Sorted by code. */
  codes: CodeRecord[];
}

export interface SystemSummary extends CodeSystem {
  count: number;
  categories: CategoryWithCodes[];
}

export const SYSTEM_ORDER: CodeSystemId[] = ["cpt", "hcpcs", "cdt"];

interface BrowseIndex {
  systems: SystemSummary[];
  /** Position of each code within its category, for previous/next links. */
  positions: Map<string, { category: CategoryWithCodes; index: number }>;
}

const indexes = new WeakMap<CodeRecord[], BrowseIndex>();

function getBrowseIndex(): BrowseIndex {
  const codes = getAllCodes();
  let index = indexes.get(codes);
  if (!index) {
    const byCategory = new Map<string, CodeRecord[]>();
    for (const record of codes) {
      const key = `${record.system}/${record.category.slug}`;
      byCategory.set(key, [...(byCategory.get(key) ?? []), record]);
    }
    const systems = SYSTEM_ORDER.map((id) => {
      const categories = getCategoriesOfSystem(id).map((category) => ({
        ...category,
        codes: byCategory.get(`${id}/${category.slug}`) ?? [],
      }));
      const count = categories.reduce((sum, category) => sum + category.codes.length, 0);
      return { ...CODE_SYSTEMS[id], count, categories };
    });
    const positions = new Map<string, { category: CategoryWithCodes; index: number }>();
    for (const category of systems.flatMap((system) => system.categories)) {
      category.codes.forEach((record, position) =>
        positions.set(record.code, { category, index: position }),
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
  categories: (CodeCategory & { codeCount: number })[];
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

/** Previous and next record in the same category, for walking a range code by code. */
export function getCategoryNeighbours(record: CodeRecord): {
  previous?: CodeRecord;
  next?: CodeRecord;
} {
  const position = getBrowseIndex().positions.get(record.code);
  if (!position) return {};
  return {
    previous: position.category.codes[position.index - 1],
    next: position.category.codes[position.index + 1],
  };
}
