/**
 * Corrections without a rebuild (POST /api/revalidate): against a server of its own, built from a small
 * temporary copy of the content (tests/helpers/small-content.ts) so the test may edit a record under the
 * running site. Runs in the "revalidation" project, after the other browser tests (playwright.config.ts).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";

import { expect, test, type APIRequestContext } from "@playwright/test";

import { CACHE_POLICY, cacheControlHeader } from "../../lib/cache-policy";
import { answeredByFastPath, rawRequest } from "../../scripts/bench/raw-http";
import { buildAndServe, type SiteServer } from "../helpers/site-server";
import { writeSmallContentTree } from "../helpers/small-content";

const SECRET = "revalidation-test-secret-0123456789abcdef";
const CODE = "J0585";
const ORIGINAL =
  "The charge for the Botox medicine used in treatments such as chronic migraine, neck muscle spasms or an overactive bladder, counted by the number of Botox units the doctor injected.";
const CORRECTED =
  "The charge for the Botox medicine itself, counted in units: the injection is billed with its own code.";

let contentDir: string;
let site: SiteServer;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  // A production build of a few hundred pages: about a minute on two cores.
  test.setTimeout(600_000);
  contentDir = writeSmallContentTree(
    fs.mkdtempSync(path.join(os.tmpdir(), "codeatlas-revalidate-")),
    [CODE],
  );
  site = await buildAndServe({
    contentDir,
    distDir: ".next-revalidation-e2e",
    port: Number(process.env.E2E_PORT ?? 3107) + 1,
    serverEnv: { REVALIDATE_SECRET: SECRET },
  });
});

test.afterAll(async () => {
  await site?.stop();
  if (contentDir) fs.rmSync(contentDir, { recursive: true, force: true });
});

const record = () => path.join(contentDir, "codes", `${CODE}.md`);

/** The code page as the server's fast path sends it to a browser, unzipped; fails if Next.js answered. */
async function pageFromFastPath(): Promise<string> {
  const answer = await rawRequest(`${site.url}/codes/${CODE}`, { "Accept-Encoding": "gzip" });
  expect(answer.status).toBe(200);
  expect(answeredByFastPath(answer), "the fast path answered").toBe(true);
  return zlib.gunzipSync(answer.body).toString("utf8");
}

function revalidate(request: APIRequestContext, secret: string | undefined, codes = [CODE]) {
  return request.post(`${site.url}/api/revalidate`, {
    data: { codes },
    headers: secret === undefined ? {} : { Authorization: `Bearer ${secret}` },
  });
}

test("without the secret, or with a wrong one, the endpoint answers 401 and changes nothing", async ({
  request,
}) => {
  for (const secret of [undefined, `${SECRET}x`]) {
    const response = await revalidate(request, secret);
    expect(response.status()).toBe(401);
    expect(response.headers()["cache-control"]).toBe(
      cacheControlHeader(CACHE_POLICY.revalidateApi),
    );
    expect(await response.text()).not.toContain(SECRET);
  }
});

test("a corrected record is on its page as soon as the endpoint answers", async ({
  page,
  request,
}) => {
  await page.goto(`${site.url}/codes/${CODE}`);
  await expect(page.getByText(ORIGINAL, { exact: true })).toBeVisible();
  // The fast path now holds the page in memory: the correction has to replace that copy too.
  expect(await pageFromFastPath()).toContain(ORIGINAL);

  fs.writeFileSync(record(), fs.readFileSync(record(), "utf8").replace(ORIGINAL, CORRECTED));
  const response = await revalidate(request, SECRET);

  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ revalidated: [`/codes/${CODE}`] });
  const corrected = await pageFromFastPath();
  expect(corrected).toContain(CORRECTED);
  expect(corrected).not.toContain(ORIGINAL);
  await page.reload();
  await expect(page.getByText(CORRECTED, { exact: true })).toBeVisible();
  await expect(page.getByText(ORIGINAL)).toHaveCount(0);
});

test("a broken record gets 422 with the validation report, and the page stays as it was", async ({
  page,
  request,
}) => {
  const before = await (await request.get(`${site.url}/codes/${CODE}`)).text();
  fs.writeFileSync(
    record(),
    fs.readFileSync(record(), "utf8").replace('  - "neurology"', '  - "neurologgy"'),
  );

  const response = await revalidate(request, SECRET);

  expect(response.status()).toBe(422);
  const body = (await response.json()) as { problems: string[] };
  expect(body.problems).toEqual([
    expect.stringMatching(
      new RegExp(
        `codes/${CODE}\\.md:\\d+: specialties\\[0\\]: unknown specialty "neurologgy" \\(did you mean "neurology"\\?\\)$`,
      ),
    ),
  ]);
  expect(await (await request.get(`${site.url}/codes/${CODE}`)).text()).toBe(before);
  await page.goto(`${site.url}/codes/${CODE}`);
  await expect(page.getByText(CORRECTED, { exact: true })).toBeVisible();
});

test("a code this build has no page for gets 404", async ({ request }) => {
  const response = await revalidate(request, SECRET, ["D9998"]);
  expect(response.status()).toBe(404);
  expect(await response.json()).toMatchObject({ unknown: ["D9998"] });
});
