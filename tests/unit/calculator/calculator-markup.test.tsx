/**
 * The calculator as the server renders it from a shared link: the markup screen readers and the browser
 * tests rely on (section names, table captions, header scopes, field and button names).
 */
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { Calculator } from "@/components/calculator/calculator";
import { getCalculatorPageData } from "@/lib/calculator/page-data";

function renderCalculator(query: Record<string, string>) {
  const page = getCalculatorPageData(query);
  return renderToStaticMarkup(
    <Calculator
      setup={page.setup}
      parseOptions={page.parseOptions}
      initialState={page.state}
      initialData={page.data}
      initialMessages={page.messages}
    />,
  );
}

describe("Calculator", () => {
  const html = renderCalculator({
    items: "99213*2,71046-26,99999",
    setting: "facility",
    locality: "13202-01",
    release: "RVU25D",
  });

  it("names each section by its h2", () => {
    for (const [id, title] of [
      ["calculator-build", "Build the list"],
      ["calculator-list", "Your list"],
      ["calculator-releases", "How the list paid in each release"],
    ]) {
      expect(html).toContain(`<section aria-labelledby="${id}"`);
      expect(html).toMatch(new RegExp(`<h2 id="${id}" class="[^"]+">${title}</h2>`));
    }
    expect(html).toContain(
      '<h3 id="calculator-totals" class="font-semibold">Totals, RVU25D, facility</h3>',
    );
  });

  it("captions the list table with what its figures depend on and heads every column and row", () => {
    expect(html).toContain(
      ">Codes in the list: 2025 October release (RVU25D), facility, MANHATTAN (NY) with 2025 GPCIs</caption>",
    );
    const listTable = html.slice(html.indexOf("Codes in the list"), html.indexOf("</table>"));
    expect(listTable.match(/<th scope="col"/g)).toHaveLength(8);
    expect(listTable.match(/<th scope="row"/g)).toHaveLength(3);
    expect(listTable).toContain('<span class="sr-only">Actions</span>');
    expect(listTable).toContain('aria-label="Units for 99213"');
    expect(listTable).toContain('aria-label="Modifier for 71046"');
    expect(listTable).toContain('aria-label="Remove 71046-26"');
  });

  it("compares the list across releases and marks the one shown above", () => {
    const comparison = html.slice(html.indexOf("The same list in each release"));
    expect(comparison).toContain(">The same list in each release (facility)</caption>");
    expect(comparison.match(/<th scope="row"/g)).toHaveLength(4);
    expect(comparison).toContain(
      '2025 October release (RVU25D)<span class="ml-1 text-xs font-normal">(shown above)</span>',
    );
    expect(comparison).toContain("Locality payment (GPCI year)");
  });

  it("lists what was left out of the link", () => {
    expect(html).toContain("Some parts of the list could not be used:");
    expect(html).toContain("99999 is not in the CMS physician fee schedule data on this site");
  });

  it("shows no table and no comparison for an empty list", () => {
    const empty = renderCalculator({});
    expect(empty).toContain("The list is empty.");
    expect(empty).not.toContain("<table");
    expect(empty).not.toContain("calculator-releases");
  });
});
