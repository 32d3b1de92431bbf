import { beforeAll, describe, expect, it } from "vitest";

import { GET } from "@/app/api/fee-schedule/[code]/route";
import { CACHE_POLICY, cacheControlHeader } from "@/lib/cache-policy";

function call(code: string) {
  return GET(new Request(`http://localhost/api/fee-schedule/${code}`), {
    params: Promise.resolve({ code }),
  });
}

// The first call reads every content record and three release datasets; keep that out of test timeouts.
beforeAll(async () => {
  await call("99213");
}, 60_000);

describe("GET /api/fee-schedule/[code]", () => {
  it("answers a code in every release with long-lived cache headers", async () => {
    const response = await call("d3351");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(response.headers.get("cache-control")).toBe(
      cacheControlHeader(CACHE_POLICY.feeScheduleApi),
    );
    const body = await response.json();
    expect(body.code).toBe("D3351");
    expect(body.page).toEqual({
      name: "Apexification, opening visit with first medicament",
      path: "/codes/D3351",
    });
    expect(body.releases.at(-1).pricing.summary).toBe("Dental procedure: not priced by Medicare");
  });

  it("answers 400 with the reason for text that cannot be a code, never echoing markup", async () => {
    const response = await call(encodeURIComponent("<b>x</b>"));
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).not.toContain("<");
    expect(JSON.parse(text)).toEqual({
      error: '"<b>x</b>" is not a CPT, HCPCS Level II or CDT code.',
    });
    expect((await call("%E0%A4%A")).status).toBe(400);
    expect((await call("a".repeat(100))).status).toBe(400);
  });

  it("answers 404 for a well-formed code the data knows nothing about", async () => {
    const response = await call("99999");
    expect(response.status).toBe(404);
    expect(response.headers.get("cache-control")).toBe(cacheControlHeader(CACHE_POLICY.apiError));
    expect(await response.json()).toMatchObject({ code: "99999" });
  });
});
