/** The career guides as the server renders them: titles, the card list and the links to other guides. */
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { CareerGuideArticle } from "@/components/career/career-guide-article";
import { CareerGuideList } from "@/components/career/career-guide-list";

const view = {
  title: "RVUs for residents",
  description: "What counts.",
  html: "<p>Body.</p>",
  lastReviewed: "2026-01-05",
  releaseLabels: [],
};

describe("CareerGuideArticle", () => {
  it("titles the guide and links the other guides in a named navigation", () => {
    const html = renderToStaticMarkup(
      <CareerGuideArticle
        view={view}
        crumbs={[{ label: "Home", href: "/" }, { label: "Residents" }]}
        otherGuides={[{ slug: "medical-students", label: "Medical students" }]}
      />,
    );
    expect(html).toContain(
      '<h1 class="text-3xl font-bold tracking-tight text-slate-950 dark:text-white">RVUs for residents</h1>',
    );
    expect(html).toContain('<nav aria-label="Other career guides">');
    expect(html).toContain('<ul class="mt-1 flex flex-wrap gap-4"><li>');
    expect(html).toContain('href="/career/medical-students">Medical students</a>');
    expect(html).not.toContain("Figures come from");
  });
});

describe("CareerGuideList", () => {
  it("heads each card with an h2 that links the guide", () => {
    const html = renderToStaticMarkup(
      <CareerGuideList
        guides={[
          { slug: "residents", label: "Residents", title: "RVUs for residents", description: "x" },
        ]}
      />,
    );
    expect(html).toMatch(
      /<h2 class="text-lg font-semibold mt-1"><a [^>]*href="\/career\/residents"[^>]*>RVUs for residents<\/a><\/h2>/,
    );
  });
});
