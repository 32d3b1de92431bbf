import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { describe, expect, it } from "vitest";

const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), "codeatlas-md-cache-"));
process.env.CODEATLAS_CACHE_DIR = cacheDir;
const { cachedMarkdown } = await import("@/lib/content/markdown-cache");

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
