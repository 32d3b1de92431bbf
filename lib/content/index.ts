/**
 * The public content API. Pages and scripts go through these functions; the content tree is read and
 * validated once per process (and per CONTENT_DIR) and then served from memory.
 */
import { defineCollection } from "./collections";
import {
  loadContent,
  type CodeRecord,
  type ContentSet,
  type SpecialtyRecord,
} from "./load-content";

export type {
  CodeRecord,
  CodeSection,
  ContentSet,
  ResolvedRelatedCode,
  SpecialtyRecord,
} from "./load-content";
export { ContentValidationError } from "./problems";

export {
  defineCollection,
  getCollection,
  isContentProblem,
  problemLines,
  listCollections,
  reloadCollections,
  validateCollections,
  type Collection,
  type CollectionReport,
} from "./collections";

/**
 * Code records and specialties: one collection, because every code record is cross-checked against the
 * specialties. Held in the process-wide collection cache (lib/content/collections.ts): without one
 * shared copy, a build worker read and validated the whole tree once per bundle, three times over.
 */
export const codeCollection = defineCollection<ContentSet>({
  name: "codes",
  source: "codes/*.md and specialties/*.md",
  load: loadContent,
});

/** The validated content set. Throws ContentValidationError (every problem at once) when invalid. */
export function getContent(): ContentSet {
  return codeCollection.get();
}

export function getAllCodes(): CodeRecord[] {
  return getContent().codes;
}

/** The record for a canonical code ("D3351"), or undefined. */
export function getCode(code: string): CodeRecord | undefined {
  return getContent().codesByCode.get(code);
}

export function getAllSpecialties(): SpecialtyRecord[] {
  return getContent().specialties;
}

export function getSpecialty(slug: string): SpecialtyRecord | undefined {
  return getContent().specialtiesBySlug.get(slug);
}

const codesBySpecialty = new WeakMap<ContentSet, Map<string, CodeRecord[]>>();

/** Records that list the specialty, sorted by code. Indexed once per content set: every page of every
 * specialty asks, and a scan of 20,000 records each time was seconds of build. */
export function getCodesBySpecialty(slug: string): CodeRecord[] {
  const content = getContent();
  let index = codesBySpecialty.get(content);
  if (!index) {
    index = new Map();
    for (const record of content.codes)
      for (const specialty of record.specialties) {
        const list = index.get(specialty) ?? [];
        list.push(record);
        index.set(specialty, list);
      }
    codesBySpecialty.set(content, index);
  }
  return index.get(slug) ?? [];
}
