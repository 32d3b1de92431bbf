import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { findGlossaryTerm, getAllTerms, getTerm } from "@/lib/glossary";
import { groupByLetter, letterOf } from "@/lib/glossary/alphabet";
import { buildTermLookup, lookupTermSlug, normalizeLabel } from "@/lib/glossary/lookup";
import { buildDefinedTerm } from "@/lib/glossary/structured-data";

const REQUIRED_TERMS = [
  "rvu",
  "wrvu",
  "practice-expense-rvu",
  "malpractice-rvu",
  "total-rvu",
  "gpci",
  "conversion-factor",
  "national-payment-amount",
  "locality",
  "global-period",
  "status-indicator",
  "modifier-26",
  "modifier-tc",
  "modifier-25",
  "facility-vs-non-facility",
  "cpt",
  "hcpcs-level-ii",
  "cdt",
  "medical-decision-making",
  "add-on-code",
  "e-m-services",
  "abn",
  "dmepos",
  "clinical-laboratory-fee-schedule",
  "asp-drug-pricing",
  "pre-authorization",
  "bundling",
  "ncci",
  "incident-to",
];

// The first call reads and validates every code record, the glossary and the fee-schedule datasets.
beforeAll(() => void getAllTerms(), 60_000);

describe("getAllTerms", () => {
  it("has every term the code pages link to, sorted A–Z by term", () => {
    const slugs = getAllTerms().map((term) => term.slug);
    expect(slugs).toEqual(expect.arrayContaining(REQUIRED_TERMS));
    const names = getAllTerms().map((term) => term.term);
    expect(names).toEqual(
      [...names].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base" })),
    );
  });

  it("renders every body to HTML with its figures filled in", () => {
    for (const term of getAllTerms()) {
      expect(term.html, term.slug).not.toContain("{{");
      expect(term.lastReviewed).toBe("2026-11-26");
    }
    expect(getTerm("conversion-factor")!.releases.length).toBeGreaterThan(1);
  });
});

describe("getTerm", () => {
  it("returns a term by slug and undefined for anything else", () => {
    expect(getTerm("gpci")?.term).toBe("Geographic practice cost index (GPCI)");
    expect(getTerm("GPCI")).toBeUndefined();
  });
});

describe("findGlossaryTerm", () => {
  it.each([
    ["RVU", "rvu"],
    ["RVUs", "rvu"],
    ["wRVU", "wrvu"],
    ["wRVUs", "wrvu"],
    ["Work RVU", "wrvu"],
    ["GPCI", "gpci"],
    ["global period", "global-period"],
    ["Global days", "global-period"],
    ["modifier 26", "modifier-26"],
    ["Modifier-26", "modifier-26"],
    ["Professional component (26)", "modifier-26"],
    ["TC", "modifier-tc"],
    ["conversion factor", "conversion-factor"],
    ["Conversion Factor", "conversion-factor"],
    ["Practice expense RVU", "practice-expense-rvu"],
    ["Malpractice RVU", "malpractice-rvu"],
    ["Total RVUs", "total-rvu"],
    ["National Medicare payment", "national-payment-amount"],
    ["Non-facility", "facility-vs-non-facility"],
    ["Medicare status", "status-indicator"],
    ["E/M", "e-m-services"],
    ["E&M", "e-m-services"],
    ["MDM", "medical-decision-making"],
    ["ABN", "abn"],
    ["DME", "dmepos"],
    ["prior auth", "pre-authorization"],
    ["unbundling", "bundling"],
    ["NCCI", "ncci"],
    ["incident to", "incident-to"],
    ["HCPCS", "hcpcs-level-ii"],
  ])("maps the label %j to the term %j", (label, slug) => {
    expect(findGlossaryTerm(label)?.slug).toBe(slug);
  });

  it("returns undefined for labels that are not glossary terms", () => {
    expect(findGlossaryTerm("Global")).toBeUndefined();
    expect(findGlossaryTerm("")).toBeUndefined();
    expect(findGlossaryTerm("apexification")).toBeUndefined();
  });
});

describe("normalizeLabel", () => {
  it("ignores case, accents and punctuation", () => {
    expect(normalizeLabel("  E/M ")).toBe("e m");
    expect(normalizeLabel("Modifier-26")).toBe("modifier 26");
    expect(normalizeLabel("Pré-authorization")).toBe("pre authorization");
  });
});

describe("lookupTermSlug", () => {
  const lookup = buildTermLookup([
    { slug: "work-rvu", term: "Work RVU (wRVU)", aliases: ["physician work"] },
    { slug: "status", term: "Status indicator", aliases: ["status"] },
  ]);

  it("matches the slug, the term, the parts around its parenthesis and the aliases", () => {
    expect(
      ["work-rvu", "Work RVU (wRVU)", "Work RVU", "wRVU", "Physician work"].map((label) =>
        lookupTermSlug(lookup, label),
      ),
    ).toEqual(Array(5).fill("work-rvu"));
  });

  it("tries the singular only when the exact label is unknown", () => {
    expect(lookupTermSlug(lookup, "wRVUs")).toBe("work-rvu");
    expect(lookupTermSlug(lookup, "status")).toBe("status");
    expect(lookupTermSlug(lookup, "RVUs")).toBeUndefined();
  });
});

describe("groupByLetter", () => {
  it("groups sorted terms under their first letter, with digits and symbols under #", () => {
    const groups = groupByLetter([
      { term: "1099 form" },
      { term: "Add-on code" },
      { term: "ABN" },
      { term: "wRVU" },
    ]);
    expect(groups.map((group) => [group.letter, group.terms.map((term) => term.term)])).toEqual([
      ["#", ["1099 form"]],
      ["A", ["Add-on code", "ABN"]],
      ["W", ["wRVU"]],
    ]);
    expect(letterOf("élan")).toBe("E");
  });
});

describe("buildDefinedTerm", () => {
  let saved: string | undefined;
  beforeEach(() => {
    saved = process.env.SITE_URL;
    process.env.SITE_URL = "https://codeatlas.example";
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.SITE_URL;
    else process.env.SITE_URL = saved;
  });

  it("describes the term as a DefinedTerm in the site's glossary", () => {
    expect(
      buildDefinedTerm({ slug: "gpci", term: "GPCI", aliases: ["GPCIs"], definition: "An index." }),
    ).toMatchInlineSnapshot(`
      {
        "@context": "https://schema.org",
        "@id": "https://codeatlas.example/resources/glossary/gpci",
        "@type": "DefinedTerm",
        "alternateName": [
          "GPCIs",
        ],
        "description": "An index.",
        "inDefinedTermSet": {
          "@id": "https://codeatlas.example/resources/glossary",
          "@type": "DefinedTermSet",
          "name": "CodeAtlas glossary of billing terms",
        },
        "name": "GPCI",
        "termCode": "gpci",
        "url": "https://codeatlas.example/resources/glossary/gpci",
      }
    `);
  });
});
