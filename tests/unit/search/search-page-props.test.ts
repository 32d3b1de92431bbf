import { describe, expect, it } from "vitest";

import { getSearchPageProps, SEARCH_PAGE_LIMIT } from "@/lib/search/search-page-props";

describe("getSearchPageProps", () => {
  it("finds a code by its number and keeps the page out of indexes", () => {
    const props = getSearchPageProps("D3351");
    expect(props.hits[0]?.code).toBe("D3351");
    expect(props.head.title).toBe("Search: D3351 | CodeAtlas");
    expect(props.head.tags).toContainEqual({
      tag: "meta",
      attributes: { name: "robots", content: "noindex, follow" },
    });
    expect(JSON.parse(JSON.stringify(props))).toEqual(props);
  });

  it("lists at most a page of results for a broad query", () => {
    expect(getSearchPageProps("tooth").hits.length).toBeLessThanOrEqual(SEARCH_PAGE_LIMIT);
  });

  it("asks for a query when there is none, or the parameter is repeated", () => {
    for (const q of [undefined, "", ["a", "b"]]) {
      const props = getSearchPageProps(q);
      expect(props.hits).toEqual([]);
      expect(props.query).toBe("");
      expect(props.head.title).toBe("Search codes | CodeAtlas");
    }
  });

  it("explains a query too long to run instead of failing", () => {
    const props = getSearchPageProps("x".repeat(5000));
    expect(props.problem).toMatch(/too long/);
    expect(props.head.title.length).toBeLessThan(120);
  });
});
