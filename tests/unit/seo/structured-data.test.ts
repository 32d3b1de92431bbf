import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { serializeJsonLd } from "@/components/seo/json-ld";
import { loadContent } from "@/lib/content/load-content";
import { buildCodeTitle, createCodeMetadata, fitDescription } from "@/lib/seo/metadata";
import {
  buildBreadcrumbList,
  buildCodeWebPage,
  buildFaqPage,
  buildReferenceWebPage,
} from "@/lib/seo/structured-data";

import { codeRecord, writeContentTree } from "../../helpers/content-fixture";

const record = loadContent(writeContentTree({ "codes/D3351.md": codeRecord() })).codesByCode.get(
  "D3351",
)!;

beforeEach(() => {
  process.env.SITE_URL = "https://codeatlas.example/";
});
afterEach(() => {
  delete process.env.SITE_URL;
});

describe("buildCodeTitle", () => {
  it("leads with the code and name and names the code system", () => {
    expect(buildCodeTitle(record)).toBe("D3351 Apexification, initial visit — CDT code");
  });
});

describe("createCodeMetadata", () => {
  it("sets an absolute canonical URL and matching Open Graph and Twitter tags", () => {
    expect(createCodeMetadata(record)).toMatchInlineSnapshot(`
      {
        "alternates": {
          "canonical": "https://codeatlas.example/codes/D3351",
        },
        "description": "First visit of apexification.",
        "openGraph": {
          "description": "First visit of apexification.",
          "locale": "en_US",
          "siteName": "CodeAtlas",
          "title": "D3351 Apexification, initial visit — CDT code",
          "type": "article",
          "url": "https://codeatlas.example/codes/D3351",
        },
        "title": "D3351 Apexification, initial visit — CDT code",
        "twitter": {
          "card": "summary_large_image",
          "description": "First visit of apexification.",
          "title": "D3351 Apexification, initial visit — CDT code",
        },
      }
    `);
  });
});

describe("fitDescription", () => {
  it("cuts long text at a word boundary within 160 characters", () => {
    const text = "word ".repeat(60);
    const fitted = fitDescription(text);
    expect(fitted.length).toBeLessThanOrEqual(160);
    expect(fitted.endsWith("word…")).toBe(true);
  });
});

describe("buildCodeWebPage", () => {
  it("describes the page as a MedicalWebPage about a MedicalCode", () => {
    expect(buildCodeWebPage(record, ["Endodontics"], buildCodeTitle(record)))
      .toMatchInlineSnapshot(`
      {
        "@context": "https://schema.org",
        "@id": "https://codeatlas.example/codes/D3351",
        "@type": "MedicalWebPage",
        "about": {
          "@type": "MedicalCode",
          "codeValue": "D3351",
          "codingSystem": "CDT",
          "name": "Apexification, initial visit",
        },
        "description": "First visit of apexification.",
        "inLanguage": "en",
        "isPartOf": {
          "@type": "WebSite",
          "name": "CodeAtlas",
          "url": "https://codeatlas.example",
        },
        "lastReviewed": "2026-01-15",
        "name": "D3351 Apexification, initial visit — CDT code",
        "specialty": [
          {
            "@type": "MedicalSpecialty",
            "name": "Endodontics",
            "url": "https://codeatlas.example/specialties/endodontics",
          },
        ],
        "url": "https://codeatlas.example/codes/D3351",
      }
    `);
  });
});

describe("buildReferenceWebPage", () => {
  const text = { title: "A0021 — HCPCS code", description: "Medicare figures for A0021." };

  it("gives no review date, no specialty and names a HCPCS code by its CMS description, shortened", () => {
    const name = `Ambulance service, outside state per mile, transport ${"and more ".repeat(20)}`;
    expect(buildReferenceWebPage({ code: "A0021", system: "hcpcs", name }, text))
      .toMatchInlineSnapshot(`
        {
          "@context": "https://schema.org",
          "@id": "https://codeatlas.example/codes/A0021",
          "@type": "MedicalWebPage",
          "about": {
            "@type": "MedicalCode",
            "codeValue": "A0021",
            "codingSystem": "HCPCS Level II",
            "name": "Ambulance service, outside state per mile, transport and more and more and more and more and more and more and more and more and more and more and…",
          },
          "description": "Medicare figures for A0021.",
          "inLanguage": "en",
          "isPartOf": {
            "@type": "WebSite",
            "name": "CodeAtlas",
            "url": "https://codeatlas.example",
          },
          "name": "A0021 — HCPCS code",
          "url": "https://codeatlas.example/codes/A0021",
        }
      `);
  });

  it("leaves a CPT code unnamed: its only name would be AMA text", () => {
    expect(buildReferenceWebPage({ code: "99999", system: "cpt", name: "Descriptor" }, text).about)
      .toMatchInlineSnapshot(`
      {
        "@type": "MedicalCode",
        "codeValue": "99999",
        "codingSystem": "CPT",
      }
    `);
  });
});

describe("buildBreadcrumbList", () => {
  it("numbers the visible breadcrumbs and points the last one at the page itself", () => {
    const list = buildBreadcrumbList(
      [{ label: "Home", href: "/" }, { label: "D3351" }],
      "/codes/D3351",
    );
    expect(list.itemListElement).toMatchInlineSnapshot(`
      [
        {
          "@type": "ListItem",
          "item": "https://codeatlas.example/",
          "name": "Home",
          "position": 1,
        },
        {
          "@type": "ListItem",
          "item": "https://codeatlas.example/codes/D3351",
          "name": "D3351",
          "position": 2,
        },
      ]
    `);
  });
});

describe("serializeJsonLd", () => {
  it("escapes text that could close the script element", () => {
    const json = serializeJsonLd(
      buildFaqPage([{ question: "</script><script>alert(1)</script>", answer: "a & b" }]),
    );
    expect(json).not.toContain("</script>");
    expect(json).not.toContain("&");
    expect(JSON.parse(json).mainEntity[0].name).toBe("</script><script>alert(1)</script>");
  });
});
