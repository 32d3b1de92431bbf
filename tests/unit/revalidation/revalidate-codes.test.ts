/**
 * The revalidation endpoint's logic on a throw-away content tree, with Next.js's `res.revalidate` replaced
 * by a recorder. The browser test (tests/e2e/revalidation.spec.ts) runs it against a real server.
 */
import fs from "node:fs";
import path from "node:path";

import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { getCode } from "@/lib/content";
import { onPageRegenerated } from "@/lib/page-regeneration";
import {
  revalidateCodes,
  type RevalidationOptions,
  type RevalidationRequest,
} from "@/lib/revalidation/revalidate-codes";
import { MIN_SECRET_LENGTH } from "@/lib/revalidation/secret";

import { codeRecord, writeContentTree } from "../../helpers/content-fixture";

const SECRET = "x".repeat(MIN_SECRET_LENGTH);

let root: string;
let revalidated: string[];

function options(secret: string | undefined): RevalidationOptions {
  return {
    secret,
    revalidate: async (target, { onlyGenerated }) => {
      revalidated.push(onlyGenerated ? `${target} (if rendered)` : target);
    },
  };
}

function post(body: unknown, authorization = `Bearer ${SECRET}`): RevalidationRequest {
  return { method: "POST", authorization, body };
}

function editRecord(text: string) {
  fs.writeFileSync(path.join(root, "codes", "D3351.md"), text);
}

beforeEach(() => {
  root = writeContentTree({ "codes/D3351.md": codeRecord() });
  vi.stubEnv("CONTENT_DIR", root);
  revalidated = [];
  expect(getCode("D3351")?.name).toBe("Apexification, initial visit");
});
afterEach(() => vi.unstubAllEnvs());

describe("revalidateCodes", () => {
  it("reloads the content and regenerates each code's page and rendered preview image", async () => {
    editRecord(codeRecord().replace("Apexification, initial visit", "Apexification, first visit"));

    const result = await revalidateCodes(post({ codes: ["d3351"] }), options(SECRET));

    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ revalidated: ["/codes/D3351"] });
    expect(revalidated).toEqual(["/codes/D3351", "/codes/D3351/opengraph-image (if rendered)"]);
    expect(getCode("D3351")?.name).toBe("Apexification, first visit");
  });

  it("announces each regenerated page once Next.js has regenerated it, for the server's fast path", async () => {
    const announced: string[] = [];
    const stop = onPageRegenerated((page) => announced.push(`${page} after ${revalidated.join()}`));
    try {
      await revalidateCodes(post({ codes: ["D3351"] }), options(SECRET));
    } finally {
      stop();
    }
    expect(announced).toEqual(["/codes/D3351 after /codes/D3351"]);
  });

  it("answers 422 with the validation report and keeps the old record when the content is broken", async () => {
    editRecord(codeRecord().replace('lastReviewed: "2026-01-15"', 'lastReviewed: "2026-02-30"'));

    const result = await revalidateCodes(post({ codes: ["D3351"] }), options(SECRET));

    expect(result.status).toBe(422);
    const problems = (result.body.problems as string[]).map((line) =>
      line.replace(path.relative(process.cwd(), root), "<root>"),
    );
    expect(problems).toMatchInlineSnapshot(`
      [
        "<root>/codes/D3351.md:9: lastReviewed: expected a date written as "YYYY-MM-DD"",
      ]
    `);
    expect(revalidated).toEqual([]);
    expect(getCode("D3351")?.name).toBe("Apexification, initial visit");
  });

  it("answers 404 naming the codes this build has no page for, and revalidates none", async () => {
    const result = await revalidateCodes(
      post({ codes: ["D3351", "D9998", "nonsense"] }),
      options(SECRET),
    );
    expect(result).toMatchObject({ status: 404, body: { unknown: ["D9998", "nonsense"] } });
    expect(revalidated).toEqual([]);
  });

  it("answers 401 without the secret or with a wrong one, and never echoes it", async () => {
    for (const authorization of ["", `Bearer ${SECRET}y`, SECRET]) {
      const result = await revalidateCodes(
        post({ codes: ["D3351"] }, authorization),
        options(SECRET),
      );
      expect(result.status).toBe(401);
      expect(result.headers).toEqual({ "WWW-Authenticate": 'Bearer realm="revalidate"' });
      expect(JSON.stringify(result.body)).not.toContain(SECRET);
    }
    expect(revalidated).toEqual([]);
  });

  it("answers 503 when the server has no secret configured", async () => {
    const result = await revalidateCodes(post({ codes: ["D3351"] }), options(undefined));
    expect(result.status).toBe(503);
    expect(result.body.error).toMatch(/REVALIDATE_SECRET/);
  });

  it("answers 405 to anything but POST and 400 to a body without a list of codes", async () => {
    expect(await revalidateCodes({ ...post({}), method: "GET" }, options(SECRET))).toMatchObject({
      status: 405,
      headers: { Allow: "POST" },
    });
    for (const body of [
      {},
      { codes: [] },
      { codes: "D3351" },
      { codes: ["D3351"], all: true },
      "x",
    ])
      expect(
        (await revalidateCodes(post(body), options(SECRET))).status,
        JSON.stringify(body),
      ).toBe(400);
  });

  it("answers 500 naming the pages Next.js could not regenerate", async () => {
    const result = await revalidateCodes(post({ codes: ["D3351"] }), {
      secret: SECRET,
      revalidate: async () => {
        throw new Error("Invalid response 500");
      },
    });
    expect(result).toMatchObject({
      status: 500,
      body: { revalidated: [], failed: ["/codes/D3351"] },
    });
  });
});
