/**
 * Relevance suite on the real corpus: each query must find its code in the first three results.
 */
import { beforeAll, describe, expect, it } from "vitest";

import { getCode } from "@/lib/content";
import { getUsageScore } from "@/lib/fee-schedule/load";
import { search } from "@/lib/search";

const CASES: [query: string, expected: string][] = [
  // Exact codes, forgiving of case and spacing.
  ["D3351", "D3351"],
  ["d3351", "D3351"],
  ["D 3351", "D3351"],
  ["99213", "99213"],
  [" 99214 ", "99214"],
  ["j0585", "J0585"],
  ["g2211", "G2211"],
  // Code prefixes.
  ["D33", "D3310"],
  ["9921", "99213"],
  ["D11", "D1110"],
  ["G043", "G0438"],
  // Names and synonyms.
  ["apexification", "D3351"],
  ["apexification interim", "D3352"],
  ["apexification final", "D3353"],
  ["pulpal regeneration", "D3355"],
  ["root canal molar", "D3330"],
  ["root canal premolar", "D3320"],
  ["molar root canal retreatment", "D3348"],
  ["apicoectomy", "D3410"],
  ["pulpotomy", "D3220"],
  ["teeth cleaning", "D1110"],
  ["child cleaning", "D1120"],
  ["scaling and root planing", "D4341"],
  ["periodontal maintenance", "D4910"],
  ["simple extraction", "D7140"],
  ["fluoride varnish", "D1206"],
  ["knee replacement", "27447"],
  ["knee arthroscopy meniscectomy", "29881"],
  ["colonoscopy", "45378"],
  ["cataract surgery", "66984"],
  ["chest x-ray", "71046"],
  ["head ct", "70450"],
  ["ekg", "93000"],
  ["echocardiogram", "93306"],
  ["mammogram", "77067"],
  ["metabolic panel", "80053"],
  ["hemoglobin a1c", "83036"],
  ["cbc", "85025"],
  ["blood draw", "36415"],
  ["psychotherapy 60 minutes", "90837"],
  ["therapeutic exercise", "97110"],
  ["annual wellness visit", "G0438"],
  ["sleep apnea cpap", "E0601"],
  ["walker", "E0143"],
  ["glucose test strips", "A4253"],
  ["critical care", "99291"],
  ["prolonged service medicare", "G2212"],
  ["emergency department visit", "99283"],
  // Codes added with the 625-record corpus: the words readers use for them.
  ["b12 shot", "J3420"],
  ["annual physical", "99397"],
  ["well child visit", "99392"],
  ["tooth pulled", "D7140"],
  ["denture", "D5110"],
  ["wisdom tooth removal", "D7240"],
  ["nitrous oxide", "D9230"],
  ["night guard", "D9944"],
  ["psychiatric evaluation", "90791"],
  ["pt evaluation", "97161"],
  ["lipid panel", "80061"],
  ["psa test", "G0103"],
  ["tsh", "84443"],
  ["hip replacement", "27130"],
  ["advance care planning", "99497"],
  ["chronic care management", "99490"],
  ["sleep study", "95810"],
  ["mri lumbar spine", "72148"],
  // Reference pages: found by number, and HCPCS Level II codes by CMS's words.
  ["33533", "33533"],
  ["semi-electric hospital bed", "E0260"],
  // Misspellings.
  ["apexificaton", "D3351"],
  ["colonscopy", "45378"],
  ["echocardiagram", "93306"],
  ["arthroplasty knee", "27447"],
];

// Loading the corpus and building the index happens once, on first use; do it outside the timed tests.
beforeAll(() => {
  search("warm up");
}, 120_000);

describe("search relevance", () => {
  it.each(CASES)("finds %s → %s in the first three results", (query, expected) => {
    const top = search(query, 3).map((hit) => hit.code);
    expect(top).toContain(expected);
  });

  it("answers flu shot with the vaccine product and the administration codes", () => {
    const top = search("flu shot", 6).map((hit) => hit.code);
    expect(top).toEqual(expect.arrayContaining(["90686", "G0008"]));
  });

  it("puts the exact code first, before codes that merely mention it", () => {
    expect(search("D3352")[0]?.code).toBe("D3352");
  });

  it("ranks every curated record above reference pages for a word query", () => {
    const hits = search("hospital bed", 20);
    const firstReference = hits.findIndex((hit) => !getCode(hit.code));
    expect(firstReference).toBeGreaterThan(0);
    expect(hits.slice(firstReference).every((hit) => !getCode(hit.code))).toBe(true);
  });

  it("lists equal prefix matches by how often the code is billed", () => {
    const hits = search("E02", 10).filter((hit) => !getCode(hit.code));
    const usage = hits.map((hit) => getUsageScore(hit.code));
    expect(usage.length).toBeGreaterThan(3);
    expect(usage).toEqual([...usage].sort((a, b) => b - a));
  });

  it("names the synonym that matched", () => {
    const hit = search("apexificaton").find((candidate) => candidate.code === "D3351");
    expect(hit?.matched).toContain("apexificaton");
  });
});

describe("search input handling", () => {
  it.each([
    "",
    "   ",
    "\u0000\u0007",
    "'; DROP TABLE codes; --",
    "<script>alert(1)</script>",
    "😀🦷",
    "%00%2F..%2F",
  ])("returns a list, possibly empty, for %j without throwing", (query) => {
    expect(Array.isArray(search(query))).toBe(true);
  });

  it("rejects an over-long query", () => {
    expect(() => search("x".repeat(201))).toThrowErrorMatchingInlineSnapshot(
      `[Error: query is longer than 200 characters]`,
    );
  });

  it("caps the number of results", () => {
    expect(search("D3", 500).length).toBeLessThanOrEqual(50);
  });
});
