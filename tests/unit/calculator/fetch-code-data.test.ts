import { afterEach, describe, expect, it, vi } from "vitest";

import { loadMissingCodes, splitFetched } from "@/lib/calculator/fetch-code-data";
import type { CalculatorCodeData } from "@/lib/calculator/types";

function codeData(code: string): CalculatorCodeData {
  return { code, system: "CPT", page: null, labFees: null, releases: [] };
}

describe("splitFetched", () => {
  it("keys the data that came back by code and keeps the failures in order", () => {
    const failure = { ok: false as const, code: "99999", error: "Unknown.", missing: true };
    expect(splitFetched([{ ok: true, data: codeData("99213") }, failure])).toEqual({
      data: { "99213": codeData("99213") },
      failures: [failure],
    });
  });
});

describe("loadMissingCodes", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("fetches only the codes the page lacks, drops unknown ones and explains every failure", async () => {
    const requested: string[] = [];
    vi.stubGlobal("fetch", async (url: string) => {
      const code = decodeURIComponent(url.split("/").at(-1)!);
      requested.push(code);
      if (code === "99214") return Response.json(codeData("99214"));
      if (code === "99999") return Response.json({ error: "99999 is unknown." }, { status: 404 });
      return Response.json({}, { status: 503 });
    });
    const loaded = await loadMissingCodes(
      [
        { code: "99213", modifier: "", units: 1 },
        { code: "99214", modifier: "", units: 1 },
        { code: "99999", modifier: "", units: 1 },
        { code: "71046", modifier: "26", units: 1 },
      ],
      { "99213": codeData("99213") },
    );
    expect(requested).toEqual(["99214", "99999", "71046"]);
    expect(loaded.items.map((item) => item.code)).toEqual(["99213", "99214", "71046"]);
    expect(Object.keys(loaded.data)).toEqual(["99214"]);
    expect(loaded.messages).toEqual([
      "99999 is unknown. It was left out of the list.",
      "Could not load 71046 (HTTP 503).",
    ]);
  });
});
