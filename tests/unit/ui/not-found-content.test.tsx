import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { NotFoundContent } from "@/components/layout/not-found-content";

describe("NotFoundContent", () => {
  it("renders the suggestions the server passes into the HTML, as plain links to the code pages", () => {
    const html = renderToStaticMarkup(
      <NotFoundContent
        suggestions={[
          { code: "D3310", name: "Endodontic therapy, anterior tooth", href: "/codes/D3310" },
          { code: "D3351", name: "Apexification, initial visit", href: "/codes/D3351" },
        ]}
      />,
    );
    expect(html).toContain(
      '<h2 id="suggestions-heading" class="text-lg font-semibold">Did you mean</h2>',
    );
    const links = [...html.matchAll(/<a href="(\/codes\/[^"]+)"[^>]*>(.*?)<\/a>/g)].map((m) =>
      m.slice(1),
    );
    expect(links).toEqual([
      [
        "/codes/D3310",
        '<span class="font-mono font-semibold">D3310</span> Endodontic therapy, anterior tooth',
      ],
      [
        "/codes/D3351",
        '<span class="font-mono font-semibold">D3351</span> Apexification, initial visit',
      ],
    ]);
  });

  it("shows no heading when the server found no near code", () => {
    expect(renderToStaticMarkup(<NotFoundContent suggestions={[]} />)).not.toContain(
      "Did you mean",
    );
  });

  it("leaves the list to the browser when the server does not know the address", () => {
    const html = renderToStaticMarkup(<NotFoundContent />);
    expect(html).toContain("Page not found");
    expect(html).not.toContain("Did you mean");
  });
});
