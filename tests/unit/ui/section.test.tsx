import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { Section } from "@/components/ui/section";

describe("Section", () => {
  it("names the section by its heading, which carries the anchor id", () => {
    expect(
      renderToStaticMarkup(
        <Section headingId="report" title="Report a problem">
          <p>Body</p>
        </Section>,
      ),
    ).toBe(
      '<section aria-labelledby="report" class="space-y-3">' +
        '<h2 id="report" class="text-xl font-semibold">Report a problem</h2><p>Body</p></section>',
    );
  });

  it("puts an anchor id on the section itself when given, with the heading's level, look and classes", () => {
    expect(
      renderToStaticMarkup(
        <Section
          id="letter-A"
          headingId="letter-A-heading"
          title="A"
          level={3}
          look="minor"
          headingClassName="border-b pb-1"
          className="scroll-mt-4"
        >
          <dl />
        </Section>,
      ),
    ).toBe(
      '<section id="letter-A" aria-labelledby="letter-A-heading" class="scroll-mt-4">' +
        '<h3 id="letter-A-heading" class="text-lg font-semibold border-b pb-1">A</h3><dl></dl></section>',
    );
  });
});
