/**
 * deploy/nginx/codeatlas.conf in front of the production build, run by Debian's nginx as a child of the
 * test (tests/helpers/nginx.ts). CI installs nginx (.ci/run); elsewhere the tests are skipped, saying so,
 * when it is missing.
 */
import http from "node:http";

import {
  expect,
  request as playwrightRequest,
  test,
  type APIRequestContext,
} from "@playwright/test";

import { findNginx, startNginx, type RunningNginx } from "../helpers/nginx";

const NGINX = findNginx();
const SECURITY_HEADERS = [
  "content-security-policy",
  "strict-transport-security",
  "x-content-type-options",
  "referrer-policy",
  "x-frame-options",
  "permissions-policy",
];

test.describe.configure({ mode: "serial" });
test.skip(!NGINX && !process.env.CI, "nginx is not installed (apt-get install -y nginx)");

let nginx: RunningNginx;
let viaNginx: APIRequestContext;

test.beforeAll(async ({}, testInfo) => {
  if (!NGINX) throw new Error("nginx is not installed: .ci/run installs it with apt-get");
  nginx = await startNginx(NGINX, Number(new URL(testInfo.project.use.baseURL!).port));
  viaNginx = await playwrightRequest.newContext({
    baseURL: nginx.httpsUrl,
    ignoreHTTPSErrors: true,
  });
});

test.afterAll(async () => {
  await viaNginx?.dispose();
  await nginx?.stop();
});

test("the second request for a page is a cache hit, and a conditional one a 304", async () => {
  const first = await viaNginx.get("/codes/D3351");
  expect(first.status()).toBe(200);
  expect(first.headers()["x-cache-status"]).toBe("MISS");
  const second = await viaNginx.get("/codes/D3351");
  expect(second.headers()["x-cache-status"]).toBe("HIT");
  expect(await second.text()).toBe(await first.text());
  const conditional = await viaNginx.get("/codes/D3351", {
    headers: { "If-None-Match": second.headers()["etag"]! },
  });
  expect(conditional.status()).toBe(304);
});

test("the application's security headers arrive through nginx unchanged", async ({ request }) => {
  for (const path of ["/codes/D3351", "/", "/api/search?q=d3351", "/codes/D9998"]) {
    const direct = (await request.get(path)).headers();
    const proxied = (await viaNginx.get(path)).headers();
    for (const name of SECURITY_HEADERS) {
      expect(direct[name], `${path} ${name}`).toBeTruthy();
      expect(proxied[name], `${path} ${name}`).toBe(direct[name]);
    }
  }
});

test("a 404 stays a 404 and is not cached", async () => {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const response = await viaNginx.get("/codes/D9998");
    expect(response.status()).toBe(404);
    expect(response.headers()["x-cache-status"]).toBe("MISS");
  }
});

test("plain HTTP is redirected to HTTPS", async () => {
  const response = await viaNginx.get(`${nginx.httpUrl}/codes/D3351`, { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  expect(response.headers()["location"]).toBe("https://localhost/codes/D3351");
});

test("after a page's lifetime readers get the stale copy once while nginx fetches the new one", async () => {
  // The site's pages live an hour; a stand-in server with a one-second lifetime shows the same rule.
  let version = "old";
  const upstream = http.createServer((_request, response) => {
    response.setHeader("Cache-Control", "s-maxage=1, stale-while-revalidate=60");
    response.end(version);
  });
  await new Promise<void>((resolve) => upstream.listen(0, "127.0.0.1", resolve));
  const standIn = await startNginx(NGINX!, (upstream.address() as { port: number }).port);
  const context = await playwrightRequest.newContext({
    baseURL: standIn.httpsUrl,
    ignoreHTTPSErrors: true,
  });
  try {
    const get = async () => {
      const response = await context.get("/codes/D3351");
      return [response.headers()["x-cache-status"], await response.text()];
    };
    expect(await get()).toEqual(["MISS", "old"]);
    expect(await get()).toEqual(["HIT", "old"]);
    version = "corrected";
    // nginx counts lifetimes in whole seconds: an entry stored at second t is stale from t + 2.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(await get()).toEqual(["STALE", "old"]);
    await expect.poll(get).toEqual(["HIT", "corrected"]);
  } finally {
    await context.dispose();
    await standIn.stop();
    upstream.close();
  }
});
