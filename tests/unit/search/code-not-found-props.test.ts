/**
 * The props of the 404 for an unknown code address (pages/code-not-found/[slug].tsx), on a two-code
 * fixture: D3354 and D3355.
 */
import path from "node:path";

import { afterAll, describe, expect, it, vi } from "vitest";

import { getCodeNotFoundProps } from "@/lib/search/code-not-found-props";

vi.stubEnv("CONTENT_DIR", path.join(__dirname, "../../fixtures/retired-content"));
afterAll(() => vi.unstubAllEnvs());

describe("getCodeNotFoundProps", () => {
  it("gives the 404's noindex head, the suggestions and the island script", () => {
    const props = getCodeNotFoundProps("D3356");
    expect(props.head.title).toBe("Page not found | CodeAtlas");
    expect(props.head.tags).toContainEqual({
      tag: "meta",
      attributes: { name: "robots", content: "noindex" },
    });
    expect(props.suggestions.map((suggestion) => suggestion.code)).toEqual(["D3355", "D3354"]);
    expect(props.islandScript).toMatch(/^\/islands\/code-page-[A-Z0-9]+\.js$/);
  });

  it("takes the segment as Next.js decoded it and never decodes it again", () => {
    // "%44" is "D": decoding a second time would read "%443356" as D3356.
    expect(getCodeNotFoundProps("%443356").suggestions).toEqual([]);
  });

  it("answers malformed percent sequences and other odd text with no suggestions, not an error", () => {
    for (const typed of ["%E0%A4%A", "%", "%c0%af", "D3356%", "\u0000", "x".repeat(5000)])
      expect(getCodeNotFoundProps(typed).suggestions, typed).toEqual([]);
  });
});
