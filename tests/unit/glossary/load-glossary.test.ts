import fs from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { getRvuRows } from "@/lib/fee-schedule/load";
import { formatRvu } from "@/lib/fee-schedule/payment";
import { loadGlossary } from "@/lib/glossary/load-glossary";

import { errorMessage } from "../../helpers/content-fixture";
import { makeTempDir } from "../../helpers/temp-dir";

/** A body inside the word limits: 15 sentences of 9 words. */
const FILLER = "The relative value scale ranks services against each other. ".repeat(15).trim();

function termFile({ frontmatter, body }: { frontmatter?: string; body?: string } = {}): string {
  const fields =
    frontmatter ??
    `term: "Relative value unit (RVU)"
aliases:
  - "RVUs"
definition: "A measure of the resources a service uses."
related:
  - "gpci"
lastReviewed: "2026-11-26"`;
  return `---\n${fields}\n---\n\n${body ?? FILLER}\n`;
}

const GPCI = termFile({
  frontmatter: `term: "Geographic practice cost index (GPCI)"
definition: "An index that adjusts an RVU component for a locality."
related:
  - "rvu"
lastReviewed: "2026-11-26"`,
});

/** A throw-away content root holding only `glossary/…` files. */
function writeGlossary(files: Record<string, string>): string {
  const root = makeTempDir("glossary");
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.join(root, "glossary"), { recursive: true });
    fs.writeFileSync(path.join(root, "glossary", name), text);
  }
  return root;
}

const OPTIONS = { knownCodes: new Set(["99213"]), careerSlugs: new Set(["residents"]) };

describe("loadGlossary", () => {
  it("loads terms A–Z with rendered bodies, resolved figures and checked links", () => {
    const body = `For [99213](/codes/99213) the work RVU is {{rvu:99213:workRvu}}; see [GPCI](/resources/glossary/gpci). ${FILLER}`;
    const root = writeGlossary({ "rvu.md": termFile({ body }), "gpci.md": GPCI });
    const glossary = loadGlossary(root, OPTIONS);
    expect(glossary.terms.map((term) => term.slug)).toEqual(["gpci", "rvu"]);
    const rvu = glossary.termsBySlug.get("rvu")!;
    const workRvu = formatRvu(getRvuRows("99213").find((row) => row.modifier === "")!.workRvu);
    expect(rvu.html).toContain(`the work RVU is ${workRvu};`);
    expect(rvu.html).toContain('<a href="/codes/99213">99213</a>');
    expect(rvu.releases).toHaveLength(1);
    expect(rvu.aliases).toEqual(["RVUs"]);
    expect(rvu.sourcePath).toBe(path.join("glossary", "rvu.md"));
  });

  it("reads CRLF files exactly like LF files", () => {
    const root = writeGlossary({ "rvu.md": termFile().replace(/\n/g, "\r\n"), "gpci.md": GPCI });
    expect(loadGlossary(root, OPTIONS).termsBySlug.get("rvu")?.term).toBe(
      "Relative value unit (RVU)",
    );
  });

  it("has no terms when the content tree has no glossary folder", () => {
    expect(loadGlossary(makeTempDir("empty"), OPTIONS).terms).toEqual([]);
  });

  it("reports every problem of every file at once, with file, line and field", () => {
    const root = writeGlossary({
      "rvu.md": termFile({
        frontmatter: `term: "Relative value unit (RVU)"
definition: "A measure of resources. It ranks services"
related:
  - "gpic"
  - "rvu"
lastReviewed: "2026-02-30"
colour: "blue"`,
        body: `Too short, with {{rvu:99213:wrkRvu}} and a [link](/codes/99214).`,
      }),
      "gpci.md": GPCI,
      "wrvu.md": termFile({
        frontmatter: `term: "Work RVU"
aliases:
  - "RVU"
definition: "The work part."
lastReviewed: "2026-11-26"`,
        body: `# Work RVU\n\nSee [the guide](/career/resident) and [RVU](/resources/glossary/rvus). ${FILLER}`,
      }),
      "Bad Name.md": GPCI,
      "notes.txt": "not a term",
    });
    expect(errorMessage(root, () => loadGlossary(root, OPTIONS))).toMatchInlineSnapshot(`
      "Content validation failed with 15 problems:
      <root>/glossary/Bad Name.md: file name must be the term slug, e.g. "global-period.md"
      <root>/glossary/notes.txt: not a Markdown record (.md); move or remove it
      <root>/glossary/rvu.md:3: definition: end the definition with a full stop
      <root>/glossary/rvu.md:3: definition: write the definition as one sentence; explain the rest in the body
      <root>/glossary/rvu.md:5: related[0]: unknown glossary term "gpic" (did you mean "gpci"?)
      <root>/glossary/rvu.md:6: related[1]: a term cannot be related to itself
      <root>/glossary/rvu.md:7: lastReviewed: expected a date written as "YYYY-MM-DD"
      <root>/glossary/rvu.md:8: colour: unknown field (check the spelling against the field table in the README)
      <root>/glossary/rvu.md:11: body: {{rvu:99213:wrkRvu}}: unknown field "wrkRvu" (did you mean "workRvu"?); use one of workRvu, peNonFacility, peFacility, mpRvu, totalNonFacility, totalFacility, status, globalDays
      <root>/glossary/rvu.md:11: body: link /codes/99214: 99214 has no record in content/codes (did you mean "99213"?)
      <root>/glossary/rvu.md:11: body: the body has 7 words; write 120–300
      <root>/glossary/wrvu.md:4: aliases[0]: "RVU" already names the term "rvu"; a label may belong to one term only
      <root>/glossary/wrvu.md:9: body: the page title comes from the frontmatter; start body headings at ##
      <root>/glossary/wrvu.md:11: body: link /career/resident: no career guide "resident" (did you mean "residents"?)
      <root>/glossary/wrvu.md:11: body: link /resources/glossary/rvus: no glossary term "rvus" (did you mean "rvu"?)"
    `);
  });
});
