import { describe, expect, it } from "vitest";

import { createPageCache } from "@/lib/fast-path/page-cache";
import type { PageResponse } from "@/lib/fast-path/page-response";

/** A response with only what the cache reads. */
function response(path: string, freshUntil: number, bytes = 100): PageResponse {
  return {
    path,
    etag: `"${path}"`,
    freshUntil,
    headers304: [],
    answer: () => ({ headers: [], body: Buffer.alloc(0) }),
    bytes: () => bytes,
  };
}

function setup(options: { maxBytes?: number } = {}) {
  let time = 1_000_000;
  const reads: string[] = [];
  const disk = new Map<string, PageResponse>();
  const cache = createPageCache({
    maxBytes: options.maxBytes ?? 1000,
    recheckMs: 1000,
    now: () => time,
    load: async (path) => {
      reads.push(path);
      return disk.get(path);
    },
  });
  return {
    cache,
    disk,
    reads,
    advance: (ms: number) => (time += ms),
    at: (ms: number) => time + ms,
  };
}

describe("createPageCache", () => {
  it("reads a page once and holds it while it is fresh", async () => {
    const { cache, disk, reads, advance, at } = setup();
    disk.set("/a", response("/a", at(5000)));
    expect(cache.peek("/a")).toBeUndefined();
    expect((await cache.load("/a"))?.path).toBe("/a");
    advance(4000);
    expect(cache.peek("/a")?.path).toBe("/a");
    expect(reads).toEqual(["/a"]);
  });

  it("shares one read among requests that arrive while it runs", async () => {
    const { cache, disk, reads, at } = setup();
    disk.set("/a", response("/a", at(5000)));
    const [first, second] = await Promise.all([cache.load("/a"), cache.load("/a")]);
    expect(first).toBe(second);
    expect(reads).toEqual(["/a"]);
  });

  it("lets a page go when it is no longer fresh, and reads the disk again only after recheckMs", async () => {
    const { cache, disk, reads, advance, at } = setup();
    disk.set("/a", response("/a", at(5000)));
    await cache.load("/a");
    advance(5000);
    expect(cache.peek("/a")).toBeUndefined();
    // Next.js has not regenerated it yet: the copy on disk is the same stale one.
    expect(await cache.load("/a")).toBeUndefined();
    expect(reads).toEqual(["/a"]);
    advance(1000);
    expect(await cache.load("/a")).toBeUndefined();
    expect(reads).toEqual(["/a", "/a"]);
    // Regenerated in the background: the next read after recheckMs takes it back.
    disk.set("/a", response("/a", at(60_000)));
    advance(1000);
    expect((await cache.load("/a"))?.freshUntil).toBe(at(59_000));
    expect(cache.peek("/a")).toBeDefined();
  });

  it("forgets a page when it is invalidated, and throws away a read that started before", async () => {
    const { cache, disk, at } = setup();
    disk.set("/a", response("/a", at(5000)));
    await cache.load("/a");
    cache.invalidate("/a");
    expect(cache.peek("/a")).toBeUndefined();

    const old = response("/a", at(5000));
    disk.set("/a", old);
    const racing = cache.load("/a");
    cache.invalidate("/a");
    const regenerated = response("/a", at(9000));
    disk.set("/a", regenerated);
    expect(await racing).toBeUndefined();
    expect(await cache.load("/a")).toBe(regenerated);
    expect(cache.peek("/a")).toBe(regenerated);
  });

  it("lets the least recently used pages go beyond its byte budget", async () => {
    const { cache, disk, at } = setup({ maxBytes: 250 });
    for (const path of ["/a", "/b", "/c"]) disk.set(path, response(path, at(5000)));
    await cache.load("/a");
    await cache.load("/b");
    cache.peek("/a");
    await cache.load("/c");
    expect(cache.peek("/b")).toBeUndefined();
    expect(cache.peek("/a")).toBeDefined();
    expect(cache.peek("/c")).toBeDefined();
    expect(cache.bytes).toBe(200);
  });

  it("counts a page's growth when it compressed a copy", async () => {
    const { cache, disk, at } = setup({ maxBytes: 250 });
    let size = 100;
    const growing = { ...response("/a", at(5000)), bytes: () => size };
    disk.set("/a", growing);
    disk.set("/b", response("/b", at(5000)));
    await cache.load("/b");
    await cache.load("/a");
    size = 180;
    cache.resized("/a");
    expect(cache.bytes).toBe(180);
    expect(cache.peek("/b")).toBeUndefined();
  });
});
