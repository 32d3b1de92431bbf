import fs from "node:fs";
import path from "node:path";

import { beforeAll, describe, expect, it } from "vitest";

import { getAllCareerGuides, getCareerGuide } from "@/lib/career";
import { loadCareerGuides } from "@/lib/career/load-career-guides";
import { CAREER_STAGES } from "@/lib/site";
import { getLatestRelease, getRvuRows } from "@/lib/fee-schedule/load";
import { formatDollars, formatRvu, nationalPayment } from "@/lib/fee-schedule/payment";

import { errorMessage } from "../../helpers/content-fixture";
import { makeTempDir } from "../../helpers/temp-dir";

/** 720 words: inside the guide limits. */
const FILLER = "Work RVUs measure the effort of a clinical service. ".repeat(90).trim();

function guideFile({ frontmatter, body }: { frontmatter?: string; body?: string } = {}): string {
  const fields =
    frontmatter ??
    `title: "A guide"
description: "Who it is for."
lastReviewed: "2026-11-26"`;
  return `---\n${fields}\n---\n\n${body ?? FILLER}\n`;
}

function writeGuides(files: Record<string, string>): string {
  const root = makeTempDir("career");
  fs.mkdirSync(path.join(root, "career"));
  for (const [name, text] of Object.entries(files))
    fs.writeFileSync(path.join(root, "career", name), text);
  return root;
}

const ALL_VALID = Object.fromEntries(
  CAREER_STAGES.map((stage) => [`${stage.slug}.md`, guideFile()]),
);
const OPTIONS = { knownCodes: new Set(["99213", "99214"]), glossarySlugs: new Set(["wrvu"]) };

function globalRow(code: string) {
  return getRvuRows(code).find((row) => row.modifier === "")!;
}

describe("loadCareerGuides", () => {
  it("loads one guide per stage, in career order, with figures and links resolved", () => {
    const body = `A [99213](/codes/99213) visit carries {{rvu:99213:workRvu}} [wRVUs](/resources/glossary/wrvu); four of them make {{wrvu-total:99213x4}}. ${FILLER}`;
    const root = writeGuides({ ...ALL_VALID, "residents.md": guideFile({ body }) });
    const guides = loadCareerGuides(root, OPTIONS);
    expect(guides.map((guide) => [guide.slug, guide.label])).toEqual(
      CAREER_STAGES.map((stage) => [stage.slug, stage.label]),
    );
    const residents = guides[1]!;
    const work = globalRow("99213").workRvu;
    expect(residents.html).toContain(
      `carries ${formatRvu(work)} <a href="/resources/glossary/wrvu">wRVUs</a>`,
    );
    expect(residents.html).toContain(`make ${formatRvu((Math.round(work * 100) * 4) / 100)}.`);
    expect(residents.releases.map((release) => release.id)).toEqual([getLatestRelease().id]);
    expect(guides[0]!.releases).toEqual([]);
  });

  it("has no guides when the content tree has no career folder", () => {
    expect(loadCareerGuides(makeTempDir("empty"), OPTIONS)).toEqual([]);
  });

  it("reports every problem at once: stages, frontmatter, figures, links, headings and length", () => {
    const root = writeGuides({
      "medical-students.md": guideFile({
        frontmatter: `title: "Students {{cf}}"
description: ""
lastReviewed: "2026-11-26"`,
      }),
      "residents.md": guideFile({
        body: `# Residents\n\nSee [99215](/codes/99215), [MDM](/resources/glossary/mdm) and {{payment:99213:office}}.`,
      }),
      "resident.md": guideFile(),
    });
    expect(errorMessage(root, () => loadCareerGuides(root, OPTIONS))).toMatchInlineSnapshot(`
      "Content validation failed with 9 problems:
      <root>/career: missing the guide for "attending-physicians": add attending-physicians.md
      <root>/career/medical-students.md:2: title: figure directives work only in the body
      <root>/career/medical-students.md:3: description: must not be empty
      <root>/career/resident.md: "resident" is not a career stage (did you mean "residents"?); guides are: medical-students, residents, attending-physicians
      <root>/career/residents.md:7: body: the page title comes from the frontmatter; start body headings at ##
      <root>/career/residents.md:7: body: the body has 6 words; write 700–1100
      <root>/career/residents.md:9: body: {{payment:99213:office}}: unknown setting "office"; use one of nonFacility, facility
      <root>/career/residents.md:9: body: link /codes/99215: 99215 has no record in content/codes (did you mean "99213"?)
      <root>/career/residents.md:9: body: link /resources/glossary/mdm: no glossary term "mdm""
    `);
  });
});

describe("getAllCareerGuides", () => {
  // The first call reads and validates every code record, the glossary and the fee-schedule datasets.
  beforeAll(() => void getAllCareerGuides(), 60_000);

  it("serves the three published guides, within their word limits", () => {
    const guides = getAllCareerGuides();
    expect(guides.map((guide) => guide.slug)).toEqual([
      "medical-students",
      "residents",
      "attending-physicians",
    ]);
    for (const guide of guides) {
      expect(guide.wordCount, guide.slug).toBeGreaterThanOrEqual(700);
      expect(guide.wordCount, guide.slug).toBeLessThanOrEqual(1100);
      expect(guide.html, guide.slug).not.toContain("{{");
    }
  });

  it("shows in the students' table the same figures as the 99213 code page's RVU table", () => {
    const html = getCareerGuide("medical-students")!.html;
    const row = globalRow("99213");
    const payment = formatDollars(nationalPayment(row.totalNonFacility, row.conversionFactor));
    const cells = [formatRvu(row.workRvu), formatRvu(row.totalNonFacility), payment]
      .map((value) => `<td>${value}</td>`)
      .join("\n");
    expect(html).toContain(
      `<td><a href="/codes/99213">99213</a></td>\n<td>Established patient visit, low complexity</td>\n${cells}`,
    );
  });
});
