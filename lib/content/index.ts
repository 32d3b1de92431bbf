/**
 * The public content API. Pages and scripts go through these functions; the content tree is read and
 * validated once per process (and per CONTENT_DIR) and then served from memory.
 */
import { getContentDir } from "./content-dir";
import { loadContent, type CodeRecord, type ContentSet, type SpecialtyRecord } from "./load-content";

export type { CodeRecord, CodeSection, ContentSet, ResolvedRelatedCode, SpecialtyRecord } from "./load-content";
export { ContentValidationError } from "./problems";

let cache: { dir: string; content: ContentSet } | undefined;

/** The validated content set. Throws ContentValidationError (every problem at once) when invalid. */
export function getContent(): ContentSet {
  const dir = getContentDir();
  if (!cache || cache.dir !== dir) cache = { dir, content: loadContent(dir) };
  return cache.content;
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

/** Records that list the specialty, sorted by code. */
export function getCodesBySpecialty(slug: string): CodeRecord[] {
  return getAllCodes().filter((record) => record.specialties.includes(slug));
}
