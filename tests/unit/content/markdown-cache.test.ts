import fs from "node:fs";
import path from "node:path";

import { afterAll, describe, expect, it, vi } from "vitest";

import { makeTempDir } from "../../helpers/temp-dir";

// The module keeps the folder it read on first use, so the test takes a fresh copy pointed at a temp
// folder, and drops it afterwards: test files share workers, and later ones must not write here.
const cacheDir = makeTempDir("md-cache");
vi.stubEnv("CODEATLAS_CACHE_DIR", cacheDir);
vi.resetModules();
const { cachedMarkdown } = await import("@/lib/content/markdown-cache");
afterAll(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

function cacheFiles(): string[] {
  return fs
    .readdirSync(cacheDir, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".json"));
}

describe("cachedMarkdown", () => {
  it("computes a body once and serves later calls from disk", () => {
    let computed = 0;
    const compute = () => ({ html: `<p>${++computed}</p>` });
    expect(cachedMarkdown("test", "Some *text*", compute)).toEqual({ html: "<p>1</p>" });
    expect(cachedMarkdown("test", "Some *text*", compute)).toEqual({ html: "<p>1</p>" });
    expect(computed).toBe(1);
    expect(cacheFiles()).toHaveLength(1);
  });

  it("keys entries by the Markdown text, so an edit is parsed again", () => {
    expect(cachedMarkdown("test", "Edited text", () => ({ html: "<p>edited</p>" }))).toEqual({
      html: "<p>edited</p>",
    });
  });

  it("recomputes an entry that is corrupt on disk", () => {
    cachedMarkdown("test", "Corrupt me", () => ({ html: "first" }));
    const files = cacheFiles();
    for (const file of files) fs.writeFileSync(path.join(cacheDir, file), "{not json");
    expect(cachedMarkdown("test", "Corrupt me", () => ({ html: "again" }))).toEqual({
      html: "again",
    });
  });
});
