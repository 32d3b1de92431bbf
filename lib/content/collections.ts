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

/**
 * New values reloadCollections is building, by collection name. While it runs, the collections it
 * reloads read each other from here, so a dependent is rebuilt from the new records, not the live ones.
 */
let staged:
  { contentDir: string; names: ReadonlySet<string>; values: Map<string, unknown> } | undefined;

/** The collection's value for the current content folder, loaded on first use. */
export function getCollection<T>(collection: CollectionDefinition<T>): T {
  const contentDir = getContentDir();
  if (staged?.contentDir === contentDir && staged.names.has(collection.name)) {
    if (!staged.values.has(collection.name))
      staged.values.set(collection.name, collection.load(contentDir));
    return staged.values.get(collection.name) as T;
  }
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

/** The named collections and every registered collection that depends on one of them, by name. */
function withDependents(names: readonly string[]): Set<string> {
  const affected = new Set(names);
  for (let grew = true; grew;) {
    grew = false;
    for (const collection of registry.values()) {
      if (affected.has(collection.name)) continue;
      if ((collection.dependsOn ?? []).some((dependency) => affected.has(dependency.name))) {
        affected.add(collection.name);
        grew = true;
      }
    }
  }
  return affected;
}

/**
 * Re-reads the named collections from the current content folder, and every collection loaded in this
 * process that depends on them (a changed record changes the code index, the glossary's links…): for a
 * running server to serve a corrected record without a rebuild. Every new value is built and validated
 * before any replaces the live one, and then all are replaced at once, synchronously: a request never
 * sees new records beside an old code index, and when anything is invalid nothing changes.
 *
 * @returns the names of the collections reloaded
 * @throws ContentValidationError (or a collection's own error) listing every problem; the live values are
 *   untouched
 */
export function reloadCollections(names: readonly string[]): string[] {
  const contentDir = getContentDir();
  const affected = withDependents(names);
  staged = { contentDir, names: affected, values: new Map() };
  try {
    for (const collection of registry.values())
      if (
        names.includes(collection.name) ||
        (affected.has(collection.name) && loaded.has(cacheKey(contentDir, collection.name)))
      )
        getCollection(collection);
    const values = staged.values;
    for (const name of affected) {
      const key = cacheKey(contentDir, name);
      if (values.has(name)) loaded.set(key, values.get(name));
      // Loaded later, from the new values, if anything asks.
      else loaded.delete(key);
    }
    return [...values.keys()];
  } finally {
    staged = undefined;
  }
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
      if (!isContentProblem(error)) throw error;
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

/**
 * Whether an error a collection threw reports problems in the content (a ContentValidationError, or a
 * data-file error, which names its file first: "content/fee-schedule/x.json: …") rather than a bug. By
 * name, not instanceof: in a Next.js server each bundle has its own copy of these classes, and a
 * collection's loader may come from another bundle than the caller.
 */
export function isContentProblem(error: unknown): error is Error {
  return (
    error instanceof Error &&
    // Literal names: a minifier renames the classes themselves.
    (error.name === "ContentValidationError" || error.name === "DataFileError")
  );
}

/** The report of a content problem, one `file:line: field: message` per line, without its heading. */
export function problemLines(error: Error): string[] {
  const [, ...lines] = error.message.split("\n");
  return lines.length > 0 ? lines : [error.message];
}
