/**
 * One page of a specialty's codes, grouped by category: /specialties/x is page 1, /specialties/x/page/2
 * the next hundred codes.
 */
import {
  getAllSpecialties,
  getCodesBySpecialty,
  getSpecialty,
  type SpecialtyRecord,
} from "@/lib/content";
import { laterPageNumbers, paginate, type PageLink } from "@/lib/paginate";
import { specialtyPath } from "@/lib/site";

import { getCodeEntry } from "@/lib/code-index";

import { getCodeRows, type CodeRow } from "./code-rows";

export interface SpecialtyPage {
  specialty: SpecialtyRecord;
  related: { name: string; href: string }[];
  total: number;
  groups: { key: string; title: string; rows: CodeRow[] }[];
  page: number;
  pages: PageLink[];
}

export function specialtyPagePath(slug: string, page: number): string {
  return page <= 1 ? specialtyPath(slug) : `${specialtyPath(slug)}/page/${page}`;
}

export function getSpecialtyPage(slug: string, page: number): SpecialtyPage | undefined {
  const specialty = getSpecialty(slug);
  if (!specialty) return undefined;
  const codes = getCodesBySpecialty(slug);
  const slice = paginate(codes, page);
  if (!slice) return undefined;
  const groups = new Map<string, SpecialtyPage["groups"][number] & { records: typeof codes }>();
  for (const record of slice.items) {
    const key = `${record.system}-${record.category.slug}`;
    const group = groups.get(key) ?? {
      key,
      title: `${record.category.name} (${record.category.range})`,
      rows: [],
      records: [],
    };
    group.records.push(record);
    groups.set(key, group);
  }
  return {
    specialty,
    related: specialty.related.flatMap((other) => {
      const found = getSpecialty(other);
      return found ? [{ name: found.name, href: specialtyPath(other) }] : [];
    }),
    total: codes.length,
    groups: [...groups.values()].map(({ key, title, records }) => ({
      key,
      title,
      rows: getCodeRows(records.map((record) => getCodeEntry(record.code)!)),
    })),
    page,
    pages: Array.from({ length: slice.pageCount }, (_, index) => ({
      page: index + 1,
      href: specialtyPagePath(slug, index + 1),
    })),
  };
}

export function getLaterSpecialtyPageParams(): { slug: string; page: string }[] {
  return getAllSpecialties().flatMap((specialty) =>
    laterPageNumbers(getCodesBySpecialty(specialty.slug).length).map((page) => ({
      slug: specialty.slug,
      page: String(page),
    })),
  );
}
