/**
 * The pages built from Heading, Section and LinkList, rendered from the content: one h1 each,
 * and every section named by a heading that exists on the page (a dangling aria-labelledby names nothing).
 */
import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { HomePage } from "@/components/home/home-page";
import CodesIndexPage from "@/app/codes/page";
import ResourcesPage from "@/app/resources/page";
import { SpecialtiesIndex } from "@/components/browse/specialties-index";
import SupportPage from "@/app/support/page";
import { getHomePageProps } from "@/lib/browse/home-page-props";
import { getSpecialtiesIndexProps } from "@/lib/browse/specialty-page-props";

const PAGES: [string, () => ReactNode, string[]][] = [
  [
    "/",
    () => HomePage(getHomePageProps()),
    ["home-title", "systems-title", "popular-title", "recent-title"],
  ],
  ["/codes", CodesIndexPage, ["system-cpt", "system-hcpcs", "system-cdt"]],
  ["/resources", ResourcesPage, ["glossary", "guides", "sources"]],
  [
    "/specialties",
    () => SpecialtiesIndex(getSpecialtiesIndexProps()),
    ["field-medical", "field-dental"],
  ],
  ["/support", SupportPage, ["report", "data", "disclaimer", "contact"]],
];

describe.each(PAGES)("%s", (_path, Page, sectionIds) => {
  const html = renderToStaticMarkup(<>{Page()}</>);

  it("has exactly one h1", () => {
    expect(html.match(/<h1[ >]/g)).toHaveLength(1);
  });

  it("names each section by a heading on the page", () => {
    const labelledBy = [...html.matchAll(/<section aria-labelledby="([^"]+)"/g)].map((m) => m[1]);
    expect(labelledBy).toEqual(sectionIds);
    for (const id of labelledBy) expect(html).toMatch(new RegExp(`<h[12] id="${id}"`));
  });
});

describe("/resources", () => {
  it("links the official sources as plain anchors to other sites", () => {
    const html = renderToStaticMarkup(<>{ResourcesPage()}</>);
    expect(html).toMatch(/<a href="https:\/\/[^"]+" class="[^"]+" rel="noopener">/);
  });
});
