import { describe, expect, it } from "vitest";

import { resolveCanonicalPath } from "@/lib/codes/canonical-path";

describe("resolveCanonicalPath", () => {
  it("redirects lower case codes and system aliases to /codes/<CODE>", () => {
    expect(resolveCanonicalPath("/codes/d3351")).toBe("/codes/D3351");
    expect(resolveCanonicalPath("/cdt/D3351")).toBe("/codes/D3351");
    expect(resolveCanonicalPath("/cpt/99213")).toBe("/codes/99213");
    expect(resolveCanonicalPath("/hcpcs/j0585")).toBe("/codes/J0585");
    expect(resolveCanonicalPath("/codes/D%203351")).toBe("/codes/D3351");
  });

  it("leaves canonical paths, system pages and non-code paths alone", () => {
    for (const path of [
      "/codes/D3351",
      "/codes/cdt",
      "/codes/cdt/endodontics",
      "/cpt",
      "/search",
      "/codes/%E0%A4%A",
      "/codes/xyz",
    ]) {
      expect(resolveCanonicalPath(path), path).toBeUndefined();
    }
  });
});
