import { describe, expect, it } from "vitest";

import { withoutUndefined } from "@/lib/page-props";

describe("withoutUndefined", () => {
  it("drops absent fields at every depth and keeps null, zero and empty values", () => {
    expect(
      withoutUndefined({ a: undefined, b: null, c: 0, d: "", e: [{ f: undefined, g: 1 }], h: {} }),
    ).toEqual({ b: null, c: 0, d: "", e: [{ g: 1 }], h: {} });
  });
});
