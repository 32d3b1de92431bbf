import { beforeAll, describe, expect, it } from "vitest";

import { getAllTerms } from "@/lib/glossary";
import { getGlossarySearchDocuments } from "@/lib/search/search-index";

// The first call reads and validates every code record, the glossary and the fee-schedule datasets.
beforeAll(() => void getAllTerms(), 60_000);

describe("getGlossarySearchDocuments", () => {
  it("gives one search document per term, shaped like the site search's documents", () => {
    const documents = getGlossarySearchDocuments();
    expect(documents).toHaveLength(getAllTerms().length);
    const gpci = documents.find((document) => document.id === "glossary:gpci")!;
    expect(gpci).toMatchInlineSnapshot(`
      {
        "category": "Glossary",
        "code": "",
        "curated": false,
        "description": "A GPCI is an index that raises or lowers one RVU component to reflect what that cost is in a Medicare payment locality compared with the national average.",
        "href": "/resources/glossary/gpci",
        "id": "glossary:gpci",
        "kind": "glossary",
        "misspellings": [],
        "name": "Geographic practice cost index (GPCI)",
        "plainLanguage": "",
        "specialties": "",
        "synonyms": [
          "GPCI",
          "GPCIs",
          "geographic practice cost indices",
          "geographic adjustment",
        ],
        "systemLabel": "Glossary",
        "usage": 0,
      }
    `);
  });
});
