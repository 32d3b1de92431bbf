import fs from "node:fs";
import path from "node:path";

import { afterEach, describe, expect, it, vi } from "vitest";

import {
  ContentValidationError,
  getAllPosts,
  getAllTags,
  getPost,
  getPostPage,
  getPostPageCount,
  getPostsByTag,
  getPostsMentioningCode,
} from "@/lib/blog";
import { getCode } from "@/lib/content";

import { codeRecord, writeContentTree } from "../../helpers/content-fixture";
import { fixturesDir } from "./code-fixtures";

// The first test to touch the fee-schedule datasets parses all of them, which takes seconds on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const realFeeSchedule = path.resolve("content/fee-schedule");

/** A content tree with three code records, the fixture posts of `set` and the real fee-schedule data. */
function contentTree(set: "valid" | "broken"): string {
  const root = writeContentTree({
    "codes/D3351.md": codeRecord(),
    "codes/D3352.md": codeRecord(),
    "codes/99213.md": codeRecord(),
  });
  fs.cpSync(path.join(fixturesDir, set, "blog"), path.join(root, "blog"), { recursive: true });
  fs.symlinkSync(realFeeSchedule, path.join(root, "fee-schedule"));
  return root;
}

// Built once: each new tree path would make the fee-schedule loader parse the datasets again.
const validTree = contentTree("valid");

afterEach(() => vi.unstubAllEnvs());

describe("getAllPosts", () => {
  it("returns every post newest first and reads the content tree once", () => {
    vi.stubEnv("CONTENT_DIR", validTree);
    const posts = getAllPosts();
    expect(posts.map((post) => post.slug)).toEqual([
      "wrvu-basics",
      "apexification-basics",
      "older-note",
    ]);
    expect(getAllPosts()).toBe(posts);
  });

  it("throws one ContentValidationError listing the problems of a broken post", () => {
    vi.stubEnv("CONTENT_DIR", contentTree("broken"));
    expect(() => getAllPosts()).toThrow(ContentValidationError);
    expect(() => getAllPosts()).toThrow(
      /broken-references\.md:13: body: code reference \[\[D3354\]\]/,
    );
  });
});

describe("getPost", () => {
  it("finds a post by slug and returns undefined for an unknown one", () => {
    vi.stubEnv("CONTENT_DIR", validTree);
    expect(getPost("older-note")?.title).toBe("An older note");
    expect(getPost("no-such-post")).toBeUndefined();
  });
});

describe("getPostsByTag", () => {
  it("returns the posts carrying the tag, newest first", () => {
    vi.stubEnv("CONTENT_DIR", validTree);
    expect(getPostsByTag("endodontics").map((post) => post.slug)).toEqual([
      "wrvu-basics",
      "apexification-basics",
    ]);
    expect(getPostsByTag("unknown")).toEqual([]);
  });
});

describe("getAllTags", () => {
  it("counts posts per tag, most used first, then alphabetically", () => {
    vi.stubEnv("CONTENT_DIR", validTree);
    expect(getAllTags()).toEqual([
      { tag: "endodontics", count: 2 },
      { tag: "cdt", count: 1 },
      { tag: "news", count: 1 },
      { tag: "rvus", count: 1 },
    ]);
  });
});

describe("getPostsMentioningCode", () => {
  it("lists the posts that reference the code with [[CODE]], not those that only show its figures", () => {
    vi.stubEnv("CONTENT_DIR", validTree);
    expect(getPostsMentioningCode("D3351").map((post) => post.slug)).toEqual([
      "apexification-basics",
    ]);
    expect(getPostsMentioningCode("99213")).toEqual([]);
  });
});

describe("getPostPage", () => {
  it("pages the posts ten at a time and has no page past the last", () => {
    vi.stubEnv("CONTENT_DIR", validTree);
    expect(getPostPageCount()).toBe(1);
    expect(getPostPage(1)).toHaveLength(3);
    expect(getPostPage(2)).toBeUndefined();
    expect(getPostPage(0)).toBeUndefined();
  });
});

describe("content/blog", () => {
  it("holds valid posts of 700 to 1,200 words whose code references all have records", () => {
    const posts = getAllPosts();
    expect(posts.length).toBeGreaterThanOrEqual(3);
    for (const post of posts) {
      expect(post.wordCount, post.slug).toBeGreaterThanOrEqual(700);
      expect(post.wordCount, post.slug).toBeLessThanOrEqual(1200);
      for (const mention of post.mentions)
        expect(getCode(mention.code), mention.code).toBeDefined();
    }
  });
});
