/** The glossary's pages as the server renders them: the anchors, headings and links readers and tests use. */
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { GlossaryIndex } from "@/components/glossary/glossary-index";
import { GlossaryTermArticle } from "@/components/glossary/glossary-term-article";
import { ALPHABET, groupByLetter } from "@/lib/glossary/alphabet";

const TERMS = [
  { slug: "gpci", term: "GPCI", aliases: ["geographic index"], definition: "Adjusts for cost." },
  { slug: "rvu", term: "RVU", aliases: [], definition: "Relative value unit." },
  { slug: "wrvu", term: "wRVU", aliases: [], definition: "Work RVU." },
];

describe("GlossaryIndex", () => {
  const html = renderToStaticMarkup(
    <GlossaryIndex groups={groupByLetter(TERMS)} letters={ALPHABET} />,
  );

  it("gives each letter a section anchored at #letter-X and named by its h2", () => {
    expect(html).toContain(
      '<section id="letter-G" aria-labelledby="letter-G-heading" class="scroll-mt-4 space-y-3">' +
        '<h2 id="letter-G-heading" class="text-xl font-semibold border-b border-slate-200 pb-1 dark:border-slate-800">G</h2>',
    );
    expect(html.match(/<section /g)).toHaveLength(3);
  });

  it("links each term to its page with its definition and other names", () => {
    expect(html).toContain('href="/resources/glossary/gpci"');
    expect(html).toContain("Adjusts for cost.");
    expect(html).toContain("Also: geographic index");
  });

  it("links only the letters that have terms", () => {
    expect(html).toContain('href="/resources/glossary#letter-R"');
    expect(html).not.toContain('href="/resources/glossary#letter-A"');
    expect(html).toContain('<span aria-hidden="true" class="block w-8 py-1');
  });
});

describe("GlossaryTermArticle", () => {
  const view = {
    term: "RVU",
    aliases: ["relative value unit"],
    definition: "Relative value unit.",
    html: "<p>Body.</p>",
    lastReviewed: "2026-01-05",
    releaseLabels: ["2025 October release (RVU25D)"],
  };
  const crumbs = [{ label: "Home", href: "/" }, { label: "RVU" }];

  it("titles the article with the term and lists related terms as cards in a named section", () => {
    const html = renderToStaticMarkup(
      <GlossaryTermArticle
        view={view}
        crumbs={crumbs}
        related={[{ slug: "wrvu", term: "wRVU", definition: "Work RVU." }]}
      />,
    );
    expect(html).toContain(
      '<h1 class="text-3xl font-bold tracking-tight text-slate-950 dark:text-white">RVU</h1>',
    );
    expect(html).toContain('<section aria-labelledby="related-terms"');
    expect(html).toContain(
      '<h2 id="related-terms" class="text-xl font-semibold">Related terms</h2>',
    );
    expect(html).toContain(">wRVU</a>");
    expect(html).toContain(
      '<p class="mt-1 text-sm text-slate-700 dark:text-slate-300">Work RVU.</p>',
    );
    expect(html).toContain("Figures: CMS Physician Fee Schedule, 2025 October release (RVU25D).");
  });

  it("leaves the related section out when there are no related terms", () => {
    const html = renderToStaticMarkup(
      <GlossaryTermArticle view={view} crumbs={crumbs} related={[]} />,
    );
    expect(html).not.toContain("Related terms");
  });
});
