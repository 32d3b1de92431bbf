import { describe, expect, it } from "vitest";

import { loadContent } from "@/lib/content/load-content";

import { codeRecord, errorMessage, writeContentTree } from "../../helpers/content-fixture";

const BASE_BODY = `## Clinical context

Used for immature permanent teeth.

## Billing & documentation

Record the tooth number.
`;

describe("loadContent", () => {
  it("loads a valid record with its derived system, category and rendered sections", () => {
    const root = writeContentTree({ "codes/D3351.md": codeRecord() });
    const content = loadContent(root);
    const record = content.codesByCode.get("D3351")!;
    expect(record.system).toBe("cdt");
    expect(record.category.name).toBe("Endodontics");
    expect(record.sections.map((section) => section.id)).toEqual([
      "clinical-context",
      "billing-and-documentation",
    ]);
    expect(record.sections[0]!.html).toBe(
      "<p>Used for immature permanent teeth with necrotic pulp.</p>",
    );
    expect(record.synonyms).toEqual(["apexification"]);
    expect(record.related).toEqual([]);
  });

  it("reads files with CRLF line endings exactly like LF files", () => {
    const root = writeContentTree({ "codes/D3351.md": codeRecord().replace(/\n/g, "\r\n") });
    const record = loadContent(root).codesByCode.get("D3351")!;
    expect(record.name).toBe("Apexification, initial visit");
    expect(record.sections).toHaveLength(2);
  });

  it("reports every problem of every file at once, with file, line and field", () => {
    const root = writeContentTree({
      "codes/D3351.md": codeRecord({
        frontmatter: `name: ""
description: "x"
plainLanguage: "y"
specialties:
  - "endodontic"
lastReviewed: "2026-02-30"
colour: "blue"`,
      }),
      "codes/D3352.md": codeRecord({ body: "## Clinical context\n\nOnly one section.\n" }),
    });
    expect(errorMessage(root, () => loadContent(root))).toMatchInlineSnapshot(`
      "Content validation failed with 5 problems:
      <root>/codes/D3351.md:2: name: must not be empty
      <root>/codes/D3351.md:6: specialties[0]: unknown specialty "endodontic" (did you mean "endodontics"?)
      <root>/codes/D3351.md:7: lastReviewed: expected a date written as "YYYY-MM-DD"
      <root>/codes/D3351.md:8: colour: unknown field (check the spelling against the field table in the README)
      <root>/codes/D3352.md: body: missing section "## Billing & documentation""
    `);
  });

  it("reports a missing required field and a wrong type", () => {
    const root = writeContentTree({
      "codes/D3351.md": codeRecord({
        frontmatter: `name: "Apexification"
synonyms: "apexification"
plainLanguage: "y"
specialties:
  - "endodontics"
lastReviewed: "2026-01-15"`,
      }),
    });
    expect(errorMessage(root, () => loadContent(root))).toMatchInlineSnapshot(`
      "Content validation failed with 2 problems:
      <root>/codes/D3351.md: description: required field is missing
      <root>/codes/D3351.md:3: synonyms: Invalid input: expected array, received string"
    `);
  });

  it("keeps codes that YAML would read as numbers, such as 00100, and bare dates as strings", () => {
    const root = writeContentTree({
      "codes/00100.md": codeRecord({
        frontmatter: `name: "Anesthesia for salivary gland surgery"
description: "x"
plainLanguage: "y"
specialties:
  - "endodontics"
related:
  - code: 00102
    external: true
    name: "Anesthesia for cleft lip repair"
lastReviewed: 2026-01-15`,
      }),
    });
    const record = loadContent(root).codesByCode.get("00100")!;
    expect(record.related[0]!.code).toBe("00102");
    expect(record.lastReviewed).toBe("2026-01-15");
    expect(record.category.name).toBe("Anesthesia");
  });

  it("rejects a file name that is not a code, a lower-case code and invalid YAML", () => {
    const root = writeContentTree({
      "codes/apexification.md": codeRecord(),
      "codes/d3351.md": codeRecord(),
      "codes/D3352.md": `---\nname: "unterminated\nsynonyms: [\n---\n\n${BASE_BODY}`,
      "codes/notes.txt": "scratch",
    });
    expect(errorMessage(root, () => loadContent(root))).toMatchInlineSnapshot(`
      "Content validation failed with 4 problems:
      <root>/codes/apexification.md: file name "apexification.md" is not a CPT, HCPCS Level II or CDT code
      <root>/codes/d3351.md: file name must be the code in upper case: "D3351.md"
      <root>/codes/D3352.md:3: invalid YAML: Missing closing "quote
      <root>/codes/notes.txt: not a Markdown record (.md); move or remove it"
    `);
  });

  it("reports two files for the same code as a duplicate", () => {
    const root = writeContentTree({
      "codes/D3351.md": codeRecord(),
      "codes/d3351.md": codeRecord(),
    });
    expect(errorMessage(root, () => loadContent(root))).toMatchInlineSnapshot(`
      "Content validation failed with 2 problems:
      <root>/codes/d3351.md: file name must be the code in upper case: "D3351.md"
      <root>/codes/D3351.md: duplicate record for D3351 (also d3351.md)"
    `);
  });

  it("reports related codes without a record unless marked external, and external codes without a name", () => {
    const root = writeContentTree({
      "codes/D3351.md": codeRecord({
        frontmatter: `name: "Apexification"
description: "x"
plainLanguage: "y"
specialties:
  - "endodontics"
related:
  - code: "D3352"
  - code: "D3999"
    external: true
  - code: "d3353"
lastReviewed: "2026-01-15"`,
      }),
    });
    expect(errorMessage(root, () => loadContent(root))).toMatchInlineSnapshot(`
      "Content validation failed with 3 problems:
      <root>/codes/D3351.md:8: related[0].code: related code D3352 has no record in content/codes (did you mean "D3351"?)
      <root>/codes/D3351.md:9: related[1].name: an external related code needs a name
      <root>/codes/D3351.md:11: related[2].code: expected a billing code such as D3351, 99213, 0001F or J0585 (upper case, no spaces)"
    `);
  });

  it("links an external related code that has gained a record, with the record's name, without an error", () => {
    const root = writeContentTree({
      "codes/D3351.md": codeRecord({
        frontmatter: `name: "Apexification"
description: "x"
plainLanguage: "y"
specialties:
  - "endodontics"
related:
  - code: "D3352"
    external: true
    name: "Name the author guessed"
lastReviewed: "2026-01-15"`,
      }),
      "codes/D3352.md": codeRecord({
        frontmatter: `name: "Interim apexification visit"
description: "x"
plainLanguage: "y"
specialties:
  - "endodontics"
lastReviewed: "2026-01-15"`,
      }),
    });
    const related = loadContent(root).codesByCode.get("D3351")!.related[0]!;
    expect(related).toMatchObject({
      code: "D3352",
      name: "Interim apexification visit",
      hasPage: true,
    });
  });

  it("reports unknown, duplicated and empty body sections and text outside sections", () => {
    const root = writeContentTree({
      "codes/D3351.md": codeRecord({
        body: `Intro text.

## Clinical contex

Typo heading.

## Clinical context

## Billing & documentation

Record it.

## Billing & documentation

Again.
`,
      }),
    });
    expect(errorMessage(root, () => loadContent(root))).toMatchInlineSnapshot(`
      "Content validation failed with 4 problems:
      <root>/codes/D3351.md:12: body: text before the first "## " section heading; put it under a section
      <root>/codes/D3351.md:14: body: unknown section "## Clinical contex" (did you mean "Clinical context"?); sections are: Clinical context, Billing & documentation
      <root>/codes/D3351.md:18: body: section "## Clinical context" is empty
      <root>/codes/D3351.md:24: body: section "## Billing & documentation" appears twice"
    `);
  });

  it("renders raw HTML and javascript: links in Markdown inert", () => {
    const root = writeContentTree({
      "codes/D3351.md": codeRecord({
        body: `## Clinical context

<script>alert("x")</script>

Click [here](javascript:alert(1)) or <img src=x onerror="alert(1)">.

## Billing & documentation

Record it.
`,
      }),
    });
    const html = loadContent(root).codesByCode.get("D3351")!.sections[0]!.html;
    expect(html).not.toMatch(/<script|<img|href="javascript:/i);
    expect(html).toContain("&#x3C;script>");
    expect(html).toContain("<a>here</a>");
  });
});
