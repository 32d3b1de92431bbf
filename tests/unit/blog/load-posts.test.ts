import fs from "node:fs";
import path from "node:path";

import { describe, expect, it, vi } from "vitest";

import { loadPosts } from "@/lib/blog/load-posts";
import { ContentValidationError } from "@/lib/content/problems";

import { makeTempDir } from "../../helpers/temp-dir";
import { CODES, fixturesDir } from "./code-fixtures";

// The first test to touch the fee-schedule datasets parses all of them, which takes seconds on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

/** A content root holding just the given posts, e.g. `{ "x.md": "---\n…" }`. */
function writePosts(posts: Record<string, string>): string {
  const root = makeTempDir("blog");
  fs.mkdirSync(path.join(root, "blog"));
  for (const [name, text] of Object.entries(posts))
    fs.writeFileSync(path.join(root, "blog", name), text);
  return root;
}

function post(frontmatter: string, body = "Some text.\n"): string {
  return `---\n${frontmatter}\n---\n\n${body}`;
}

const FRONTMATTER = `title: "A post"
description: "About something."
published: "2026-01-05"
author: "Test Author"
tags:
  - "news"`;

function messageOf(fn: () => unknown, root?: string): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ContentValidationError);
    const message = (error as Error).message;
    return root ? message.split(path.relative(process.cwd(), root)).join("<root>") : message;
  }
  throw new Error("expected a ContentValidationError");
}

describe("loadPosts", () => {
  it("loads every post newest first, with its rendered body, mentions and reading time", () => {
    const posts = loadPosts(path.join(fixturesDir, "valid"), CODES);
    expect(posts.map((post) => post.slug)).toEqual([
      "wrvu-basics",
      "apexification-basics",
      "older-note",
    ]);
    const apexification = posts[1]!;
    expect(apexification).toMatchObject({
      href: "/blog/apexification-basics",
      published: "2026-03-01",
      updated: "2026-04-02",
      tags: ["endodontics", "cdt"],
      readingMinutes: 1,
      usesFeeScheduleData: false,
      sourcePath: "blog/apexification-basics.md",
    });
    expect(apexification.mentions).toEqual([
      {
        code: "D3351",
        name: "Apexification, initial visit",
        system: "cdt",
        systemLabel: "CDT",
        href: "/codes/D3351",
      },
      {
        code: "D3352",
        name: "Apexification, interim visit",
        system: "cdt",
        systemLabel: "CDT",
        href: "/codes/D3352",
      },
    ]);
    expect(posts[0]!.usesFeeScheduleData).toBe(true);
  });

  it("turns a code reference into a link with a preview card named by aria-describedby", () => {
    const [, apexification] = loadPosts(path.join(fixturesDir, "valid"), CODES);
    expect(apexification!.html.split("\n")[0]).toMatchInlineSnapshot(
      `"<p>The first visit is <span class="code-ref"><a href="/codes/D3351" aria-describedby="user-content-code-ref-1-D3351"><code>D3351</code></a><span id="user-content-code-ref-1-D3351" role="tooltip" class="code-ref-card"><span class="code-ref-system">CDT code</span> <span class="code-ref-name">Apexification, initial visit</span> <span class="code-ref-description">First visit of apexification.</span></span></span>; the next ones are <span class="code-ref"><a href="/codes/D3352" aria-describedby="user-content-code-ref-2-D3352"><code>D3352</code></a><span id="user-content-code-ref-2-D3352" role="tooltip" class="code-ref-card"><span class="code-ref-system">CDT code</span> <span class="code-ref-name">Apexification, interim visit</span> <span class="code-ref-description">Medicament replaced.</span></span></span>.</p>"`,
    );
  });

  it("fails on a reference to a code without a record, at the line of the reference, with a suggestion", () => {
    const root = writePosts({
      "one-mistake.md": post(
        FRONTMATTER,
        "First paragraph.\n\nSecond paragraph mentions [[D3353]].\n",
      ),
    });
    expect(messageOf(() => loadPosts(root, CODES), root)).toMatchInlineSnapshot(`
      "Content validation failed with 1 problem:
      <root>/blog/one-mistake.md:12: body: code reference [[D3353]] has no record in content/codes (did you mean "D3351"?)"
    `);
  });

  it("reports every problem of a post at once: frontmatter, code references and figure directives", () => {
    const root = path.join(fixturesDir, "broken");
    expect(messageOf(() => loadPosts(root, CODES))).toMatchInlineSnapshot(`
      "Content validation failed with 10 problems:
      tests/fixtures/blog/broken/blog/broken-references.md:5: updated: must be on or after the published date (2026-05-10)
      tests/fixtures/blog/broken/blog/broken-references.md:8: tags[0]: expected a tag such as "fee-schedule" (lower case, hyphens)
      tests/fixtures/blog/broken/blog/broken-references.md:13: body: code reference [[D3354]] has no record in content/codes (did you mean "D3351"?)
      tests/fixtures/blog/broken/blog/broken-references.md:14: body: [[D33]] is not a billing code; write a code such as [[D3351]] or [[99213]]
      tests/fixtures/blog/broken/blog/broken-references.md:14: body: write the code reference as [[D3352]]
      tests/fixtures/blog/broken/blog/broken-references.md:16: body: {{rvu:99213:workRVU}}: unknown field "workRVU" (did you mean "workRvu"?); use one of workRvu, peNonFacility, peFacility, mpRvu, totalNonFacility, totalFacility, status, globalDays
      tests/fixtures/blog/broken/blog/broken-references.md:16: body: {{payment:99999:nonFacility}}: 99999 is not in the fee-schedule release RVU26C
      tests/fixtures/blog/broken/blog/broken-references.md:16: body: {{cf:RVU26A}}: unknown fee-schedule release "RVU26A" (did you mean "RVU26C"?); imported releases: RVU23D, RVU24B, RVU25D, RVU26C
      tests/fixtures/blog/broken/blog/broken-references.md:16: body: {{rvus:99213}}: unknown figure directive "rvus" (did you mean "rvu"?); directives are: rvu, payment, cf, release, status, cf-apm, payment-apm, rvu-change, cf-change, payment-change, wrvu-total, rvu-table, fee-change-table, movers-table, cf-table
      tests/fixtures/blog/broken/blog/broken-references.md:18: body: {{cf-table}}: a table directive must stand alone on its own line, with blank lines around it"
    `);
  });

  it("reads CRLF files exactly like LF files, line numbers included", () => {
    const text = post(FRONTMATTER, "Line one.\n\nBad [[D3399]].\n").replace(/\n/g, "\r\n");
    const root = writePosts({ "crlf.md": text });
    expect(messageOf(() => loadPosts(root, CODES), root)).toContain(
      "<root>/blog/crlf.md:12: body: code reference [[D3399]]",
    );
  });

  it("rejects raw HTML, a level-1 heading, a missing field and an unknown field", () => {
    const root = writePosts({
      "bad-body.md": post(
        FRONTMATTER.replace('author: "Test Author"\n', "").concat('\nsubtitle: "x"'),
        "# Title again\n\n<div>raw</div>\n",
      ),
    });
    expect(messageOf(() => loadPosts(root, CODES), root)).toMatchInlineSnapshot(`
      "Content validation failed with 4 problems:
      <root>/blog/bad-body.md: author: required field is missing
      <root>/blog/bad-body.md:7: subtitle: unknown field (check the spelling against the field table in the README)
      <root>/blog/bad-body.md:10: body: use "## " for headings: the post title is the page's only level-1 heading
      <root>/blog/bad-body.md:12: body: raw HTML is not allowed in posts; write Markdown"
    `);
  });

  it("rejects a file name that is not a slug, a reserved slug and a cover image that does not exist", () => {
    const root = writePosts({
      "Not A Slug.md": post(FRONTMATTER),
      "tags.md": post(FRONTMATTER),
      "with-cover.md": post(
        `${FRONTMATTER}\ncover:\n  src: "/images/blog/missing.png"\n  alt: "A tooth"`,
      ),
    });
    expect(messageOf(() => loadPosts(root, CODES, path.join(root, "public")), root))
      .toMatchInlineSnapshot(`
      "Content validation failed with 3 problems:
      <root>/blog/Not A Slug.md: the file name is the URL: use lower-case words joined by hyphens, e.g. "apexification-visits.md"
      <root>/blog/tags.md: "tags" is used by a blog route; choose another file name
      <root>/blog/with-cover.md:9: cover.src: no file public/images/blog/missing.png"
    `);
  });

  it("returns no posts when the content tree has no blog folder", () => {
    expect(loadPosts(makeTempDir("empty"), CODES)).toEqual([]);
  });
});
