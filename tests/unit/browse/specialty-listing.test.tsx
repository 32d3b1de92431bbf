/** A specialty page as the server renders it from the content: its sections, groups and code tables. */
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { SpecialtyListing } from "@/components/browse/specialty-listing";
import { getSpecialtyPage } from "@/lib/browse/specialty-page";

describe("SpecialtyListing", () => {
  const model = getSpecialtyPage("cardiology", 1)!;
  const html = renderToStaticMarkup(<SpecialtyListing model={model} />);

  it("titles the page with the specialty and names its sections by their h2", () => {
    expect(html).toContain(`<h1 class="text-3xl font-bold">${model.specialty.name}</h1>`);
    expect(html).toContain('<section aria-labelledby="codes-heading" class="space-y-4">');
    expect(html).toContain(
      `<h2 id="codes-heading" class="text-xl font-semibold">Codes (${model.total})</h2>`,
    );
    expect(html).toContain('<section aria-labelledby="related-heading" class="space-y-2">');
  });

  it("heads each group with an h3 over a captioned code table", () => {
    for (const group of model.groups) {
      expect(html).toContain(`<h3 class="font-semibold">${group.title.replace("&", "&amp;")}</h3>`);
      expect(html).toContain(
        `<caption class="sr-only">${model.specialty.name}: ${group.title.replace("&", "&amp;")}</caption>`,
      );
    }
  });

  it("links every related specialty, underlined", () => {
    for (const link of model.related) {
      expect(html).toContain(`${link.name}</a>`);
    }
    expect(html).toContain('class="text-brand-700 dark:text-brand-300 underline"');
  });
});
