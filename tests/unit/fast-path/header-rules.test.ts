import { describe, expect, it } from "vitest";

import { headersForPath, type HeaderRule } from "@/lib/fast-path/header-rules";

/** Rules as next build writes them into routes-manifest.json for next.config.ts `headers()`. */
const SECURITY: HeaderRule = {
  source: "/:path*",
  regex: "^(?:/((?:[^/]+?)(?:/(?:[^/]+?))*))?(?:/)?$",
  headers: [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Content-Security-Policy", value: "default-src 'self'; img-src https://cdn.example" },
  ],
};
const ISLANDS: HeaderRule = {
  source: "/islands/:file",
  regex: "^/islands(?:/([^/]+?))(?:/)?$",
  headers: [{ key: "Cache-Control", value: "public, max-age=31536000, immutable" }],
};

describe("headersForPath", () => {
  it("adds the headers of every rule that matches the path, in order", () => {
    expect(headersForPath("/codes/D3351", [SECURITY, ISLANDS])).toEqual([
      ["X-Content-Type-Options", "nosniff"],
      ["Content-Security-Policy", "default-src 'self'; img-src https://cdn.example"],
    ]);
    expect(headersForPath("/", [SECURITY])).toHaveLength(2);
  });

  it("lets a later rule replace an earlier value in place, as Next.js does", () => {
    const later: HeaderRule = {
      source: "/codes/:code",
      regex: "^/codes(?:/([^/]+?))(?:/)?$",
      headers: [{ key: "x-content-type-options", value: "nosniff; again" }],
    };
    expect(headersForPath("/codes/D3351", [SECURITY, later])?.[0]).toEqual([
      "x-content-type-options",
      "nosniff; again",
    ]);
  });

  it("refuses a path whose rules depend on the request or on the path's parameters", () => {
    const conditional = { ...SECURITY, has: [{ type: "header", key: "x-a" }] };
    expect(headersForPath("/codes/D3351", [conditional])).toBeUndefined();
    const missing = { ...SECURITY, missing: [{ type: "cookie", key: "b" }] };
    expect(headersForPath("/codes/D3351", [missing])).toBeUndefined();
    const parameter = { ...SECURITY, headers: [{ key: "Link", value: "</:path*>; rel=x" }] };
    expect(headersForPath("/codes/D3351", [parameter])).toBeUndefined();
  });

  it("refuses a path whose rules set a header the fast path writes itself", () => {
    for (const key of ["Cache-Control", "ETag", "Vary", "Content-Type", "Set-Cookie"])
      expect(
        headersForPath("/codes/D3351", [{ ...SECURITY, headers: [{ key, value: "x" }] }]),
        key,
      ).toBeUndefined();
  });

  it("ignores rules of other paths", () => {
    expect(headersForPath("/codes/D3351", [ISLANDS])).toEqual([]);
  });
});
