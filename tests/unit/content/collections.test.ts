/**
 * The collections registry on throw-away collections, and `npm run validate` on a copy of the real
 * content with two collections broken at once.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { defineCollection, getCollection, validateCollections } from "@/lib/content/collections";
import { ContentValidationError } from "@/lib/content/problems";

const previousContentDir = process.env.CONTENT_DIR;
afterEach(() => {
  if (previousContentDir === undefined) delete process.env.CONTENT_DIR;
  else process.env.CONTENT_DIR = previousContentDir;
});

describe("getCollection", () => {
  it("loads a collection once per content folder and again for another folder", () => {
    let loads = 0;
    const numbers = defineCollection({
      name: "test-numbers",
      source: "numbers/*.md",
      load: (dir) => {
        loads += 1;
        return { dir };
      },
    });
    process.env.CONTENT_DIR = "/tmp/codeatlas-collections-a";
    expect(getCollection(numbers)).toBe(numbers.get());
    expect(loads).toBe(1);
    process.env.CONTENT_DIR = "/tmp/codeatlas-collections-b";
    expect(numbers.get().dir).toBe("/tmp/codeatlas-collections-b");
    expect(loads).toBe(2);
  });
});

describe("validateCollections", () => {
  it("reports each invalid collection once and skips those that depend on it", () => {
    const base = defineCollection({
      name: "test-base",
      source: "base/*.md",
      load: () => {
        throw new ContentValidationError([
          { file: "base/a.md", line: 3, field: "name", message: "required field is missing" },
        ]);
      },
    });
    const dependent = defineCollection({
      name: "test-dependent",
      source: "dependent/*.md",
      dependsOn: [base],
      load: () => base.get(),
    });
    const fine = defineCollection({ name: "test-fine", source: "fine/*.md", load: () => 42 });
    process.env.CONTENT_DIR = "/tmp/codeatlas-collections-c";
    const reports = validateCollections([base, dependent, fine]);
    expect(reports.map(({ name, status }) => [name, status])).toEqual([
      ["test-base", "invalid"],
      ["test-dependent", "skipped"],
      ["test-fine", "ok"],
    ]);
    expect(reports[0]!.problems).toContain("base/a.md:3: name: required field is missing");
    expect(reports[1]!.problems).toBe("not checked: it depends on test-base, which has problems");
    expect(reports[2]!.value).toBe(42);
  });

  it("lets a programming error in a loader surface instead of reporting it as content", () => {
    const broken = defineCollection({
      name: "test-bug",
      source: "bug/*.md",
      load: () => {
        throw new TypeError("x is undefined");
      },
    });
    process.env.CONTENT_DIR = "/tmp/codeatlas-collections-d";
    expect(() => validateCollections([broken])).toThrow(TypeError);
  });
});

describe("npm run validate", () => {
  it("reports the problems of every broken collection at once, with file and field", () => {
    const root = path.resolve(__dirname, "../../..");
    const contentDir = fs.mkdtempSync(path.join(os.tmpdir(), "codeatlas-validate-"));
    try {
      fs.cpSync(path.join(root, "content"), contentDir, { recursive: true });
      const term = path.join(contentDir, "glossary", "rvu.md");
      fs.writeFileSync(term, fs.readFileSync(term, "utf8").replace(/^term: .*$/m, ""));
      const post = path.join(contentDir, "blog", "reporting-apexification-visits.md");
      fs.writeFileSync(
        post,
        fs.readFileSync(post, "utf8").replace(/^published: .*$/m, 'published: "soon"'),
      );
      const result = spawnSync(
        process.execPath,
        [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/validate.ts"],
        { cwd: root, env: { ...process.env, CONTENT_DIR: contentDir }, encoding: "utf8" },
      );
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(
        /glossary \(glossary\/\*\.md\): .*rvu\.md(:\d+)?: term: required field is missing/s,
      );
      expect(result.stderr).toMatch(
        /blog \(blog\/\*\.md\): .*reporting-apexification-visits\.md:\d+: published: /s,
      );
      const codeFiles = fs
        .readdirSync(path.join(contentDir, "codes"))
        .filter((file) => file.endsWith(".md"));
      expect(result.stdout).toContain(`codes ${codeFiles.length}`);
    } finally {
      fs.rmSync(contentDir, { recursive: true, force: true });
    }
  }, 60_000);
});
