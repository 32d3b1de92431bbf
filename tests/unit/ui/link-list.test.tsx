import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { LinkList } from "@/components/ui/link-list";

describe("LinkList", () => {
  it("renders plain links with a note after each, one list item per link", () => {
    const html = renderToStaticMarkup(
      <LinkList
        className="grid gap-2"
        items={[
          { href: "/codes/D3351", label: "D3351", note: 3 },
          { href: "/resources", label: "Resources" },
        ]}
      />,
    );
    expect(html).toBe(
      '<ul class="grid gap-2">' +
        '<li><a href="/codes/D3351" class="text-brand-700 dark:text-brand-300 hover:underline">D3351</a>' +
        ' <span class="text-sm text-slate-600 dark:text-slate-400">3</span></li>' +
        '<li><a class="text-brand-700 dark:text-brand-300 hover:underline" href="/resources">Resources</a></li>' +
        "</ul>",
    );
  });

  it("renders cards with a description, and external links as plain anchors with rel=noopener", () => {
    const html = renderToStaticMarkup(
      <LinkList
        look="cards"
        className="grid gap-3"
        items={[
          {
            href: "https://www.cms.gov/",
            label: "CMS",
            description: "Fee schedule files.",
            external: true,
          },
        ]}
      />,
    );
    expect(html).toBe(
      '<ul class="grid gap-3"><li class="rounded-md border border-slate-200 p-3 dark:border-slate-800">' +
        '<a href="https://www.cms.gov/" class="text-brand-700 dark:text-brand-300 font-medium hover:underline" rel="noopener">CMS</a>' +
        '<p class="mt-1 text-sm text-slate-700 dark:text-slate-300">Fee schedule files.</p></li></ul>',
    );
  });

  it("underlines links always in the underlined look", () => {
    expect(
      renderToStaticMarkup(
        <LinkList
          look="underlined"
          className="flex"
          items={[{ href: "/codes/cdt", label: "CDT" }]}
        />,
      ),
    ).toContain('class="text-brand-700 dark:text-brand-300 underline"');
  });
});
