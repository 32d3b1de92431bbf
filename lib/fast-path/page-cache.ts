/**
 * The pages the fast path holds in memory: least recently used first out once they pass a byte budget,
 * dropped when they stop being fresh or when their page is regenerated, and loaded at most once at a time.
 *
 * A page past its `revalidate` time is Next.js's to answer: it sends the stale copy and regenerates the page
 * in the background, as `next start` always did. The fast path then looks at the disk again, at most once
 * every `recheckMs` per page, and takes the page back when the regenerated copy is there.
 */
import type { PageResponse } from "./page-response";

export interface PageCacheOptions {
  /** Reads a page's current response from the build output; undefined when it cannot be served. */
  load(path: string): Promise<PageResponse | undefined>;
  /** The most the held responses may take, HTML and compressed copies together. */
  maxBytes: number;
  /** How long a page that was stale on disk is left to Next.js before the disk is read again. */
  recheckMs: number;
  now?: () => number;
}

export interface PageCache {
  /** The page's response when it is held and fresh; never reads the disk. */
  peek(path: string): PageResponse | undefined;
  /** Reads the page, unless it was found stale less than `recheckMs` ago; keeps it when it is fresh. */
  load(path: string): Promise<PageResponse | undefined>;
  /** Forgets the page, and any read of it still running: the next request reads the new copy. */
  invalidate(path: string): void;
  /** Call after a held response grew (it compressed a copy), so the budget counts it. */
  resized(path: string): void;
  readonly size: number;
  readonly bytes: number;
}

export function createPageCache(options: PageCacheOptions): PageCache {
  const now = options.now ?? Date.now;
  const held = new Map<string, { response: PageResponse; bytes: number }>();
  const reading = new Map<string, Promise<PageResponse | undefined>>();
  /** Pages found stale on disk, with the time before which the disk is not read again. */
  const staleUntil = new Map<string, number>();
  /** Bumped by invalidate(), so a read that started before a regeneration is not kept. */
  const generation = new Map<string, number>();
  let bytes = 0;

  const drop = (path: string) => {
    const entry = held.get(path);
    if (!entry) return;
    held.delete(path);
    bytes -= entry.bytes;
  };

  const keep = (response: PageResponse) => {
    drop(response.path);
    const size = response.bytes();
    held.set(response.path, { response, bytes: size });
    bytes += size;
    // Oldest first: a Map iterates in insertion order, and every hit re-inserts its page.
    for (const path of held.keys()) {
      if (bytes <= options.maxBytes || held.size <= 1) break;
      drop(path);
    }
  };

  const read = async (path: string, startedAt: number) => {
    const response = await options.load(path);
    if ((generation.get(path) ?? 0) !== startedAt) return undefined;
    if (!response) return undefined;
    if (response.freshUntil <= now()) {
      staleUntil.set(path, now() + options.recheckMs);
      return undefined;
    }
    staleUntil.delete(path);
    keep(response);
    return response;
  };

  return {
    peek(path) {
      const entry = held.get(path);
      if (!entry) return undefined;
      if (entry.response.freshUntil <= now()) {
        drop(path);
        staleUntil.set(path, now() + options.recheckMs);
        return undefined;
      }
      held.delete(path);
      held.set(path, entry);
      return entry.response;
    },
    load(path) {
      if ((staleUntil.get(path) ?? 0) > now()) return Promise.resolve(undefined);
      let pending = reading.get(path);
      if (!pending) {
        pending = read(path, generation.get(path) ?? 0).finally(() => {
          if (reading.get(path) === pending) reading.delete(path);
        });
        reading.set(path, pending);
      }
      return pending;
    },
    invalidate(path) {
      generation.set(path, (generation.get(path) ?? 0) + 1);
      reading.delete(path);
      staleUntil.delete(path);
      drop(path);
    },
    resized(path) {
      const entry = held.get(path);
      if (entry) keep(entry.response);
    },
    get size() {
      return held.size;
    },
    get bytes() {
      return bytes;
    },
  };
}
