import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { MentionedIn } from "@/components/blog/mentioned-in";

describe("MentionedIn", () => {
  it("lists each post as a link with its publication date", () => {
    const html = renderToStaticMarkup(
      createElement(MentionedIn, {
        posts: [
          {
            title: "Apexification, visit by visit",
            href: "/blog/reporting-apexification-visits",
            published: "2026-11-26",
          },
        ],
      }),
    );
    expect(html).toContain('href="/blog/reporting-apexification-visits"');
    expect(html).toContain(">Apexification, visit by visit</a>");
    expect(html).toContain('<time dateTime="2026-11-26">November 26, 2026</time>');
  });

  it("renders nothing when no post mentions the code", () => {
    expect(renderToStaticMarkup(createElement(MentionedIn, { posts: [] }))).toBe("");
  });
});
