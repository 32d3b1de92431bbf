/**
 * Collections: every kind of content the site reads — code records and specialties, glossary terms,
 * career guides, blog posts, the imported fee-schedule and lab datasets — is defined the same way and
 * held in one process-wide registry and cache. A collection names where it lives under the content root
 * and how it is loaded: read, validated with its zod schema, cross-checked against the collections it
 * depends on, rendered. Each is loaded once per process and content folder, and `npm run validate`
 * reports the problems of every collection at once (validateCollections).
 */
import { processWideCache } from "@/lib/process-cache";

import { getContentDir } from "./content-dir";
import { ContentValidationError } from "./problems";

export interface CollectionDefinition<T> {
  /** Registry name, e.g. "codes", "blog", "fee-schedule". */
  name: string;
  /** Where it lives under the content root, for reports: "codes/*.md", "fee-schedule/*.json". */
  source: string;
  /** Collections its cross-checks read; a problem there is reported once, by that collection. */
  dependsOn?: readonly Collection<unknown>[];
  /**
   * Reads, validates, cross-checks and renders the collection from a content folder.
   *
   * @throws ContentValidationError (or an Error naming the file) listing every problem found
   */
  load(contentDir: string): T;
}

export interface Collection<T> extends CollectionDefinition<T> {
  /** The loaded collection for the current content folder (CONTENT_DIR or `content/`). */
  get(): T;
}

/** Collections by name, in the order their modules defined them. */
const registry = processWideCache<Collection<unknown>>("collections");
/** Loaded values by `${contentDir}\0${name}`; shared by every bundle in the process. */
const loaded = processWideCache<unknown>("collection-values");

function cacheKey(contentDir: string, name: string): string {
  return `${contentDir}\u0000${name}`;
}

/** The collection's value for the current content folder, loaded on first use. */
export function getCollection<T>(collection: CollectionDefinition<T>): T {
  const contentDir = getContentDir();
  const key = cacheKey(contentDir, collection.name);
  if (loaded.has(key)) return loaded.get(key) as T;
  // One content tree at a time: tests switch CONTENT_DIR between fixtures.
  for (const other of loaded.keys())
    if (!other.startsWith(`${contentDir}\u0000`)) loaded.delete(other);
  const value = collection.load(contentDir);
  loaded.set(key, value);
  return value;
}

/** Registers a collection (a second definition under the same name replaces the first, as on reload). */
export function defineCollection<T>(definition: CollectionDefinition<T>): Collection<T> {
  const collection: Collection<T> = { ...definition, get: () => getCollection(collection) };
  registry.set(definition.name, collection as Collection<unknown>);
  return collection;
}

/** Every registered collection, in definition order. */
export function listCollections(): Collection<unknown>[] {
  return [...registry.values()];
}

export interface CollectionReport {
  name: string;
  source: string;
  /** "ok", "invalid" (see problems), or "skipped" when a collection it depends on is invalid. */
  status: "ok" | "invalid" | "skipped";
  /** The validation report, one problem per line; empty when ok. */
  problems: string;
  /** The loaded value when ok. */
  value: unknown;
}

/**
 * Loads every collection and reports each one's problems. A collection whose dependency is invalid is
 * skipped rather than reporting that dependency's problems a second time.
 */
export function validateCollections(
  collections: readonly Collection<unknown>[] = listCollections(),
): CollectionReport[] {
  const failed = new Set<string>();
  return dependenciesFirst(collections).map((collection) => {
    const base = { name: collection.name, source: collection.source };
    const brokenDependency = (collection.dependsOn ?? []).find((dependency) =>
      failed.has(dependency.name),
    );
    if (brokenDependency) {
      failed.add(collection.name);
      return {
        ...base,
        status: "skipped",
        problems: `not checked: it depends on ${brokenDependency.name}, which has problems`,
        value: undefined,
      };
    }
    try {
      return { ...base, status: "ok", problems: "", value: collection.get() };
    } catch (error) {
      if (!(error instanceof Error)) throw error;
      failed.add(collection.name);
      // Programming errors (a TypeError in a loader) are not content problems: let them surface.
      if (!(error instanceof ContentValidationError) && !isDataFileError(error)) throw error;
      return { ...base, status: "invalid", problems: error.message, value: undefined };
    }
  });
}

/** The collections ordered so that each comes after the collections it depends on. */
function dependenciesFirst(collections: readonly Collection<unknown>[]): Collection<unknown>[] {
  const ordered: Collection<unknown>[] = [];
  const visit = (collection: Collection<unknown>) => {
    if (ordered.includes(collection)) return;
    for (const dependency of collection.dependsOn ?? [])
      if (collections.includes(dependency)) visit(dependency);
    ordered.push(collection);
  };
  collections.forEach(visit);
  return ordered;
}

/** Errors of the data-file collections name their file first ("content/fee-schedule/x.json: …"). */
function isDataFileError(error: Error): boolean {
  return error.name === "DataFileError";
}
