import { expect, test } from "@playwright/test";

const REQUIRED_HEADERS = [
  "content-security-policy",
  "strict-transport-security",
  "x-content-type-options",
  "referrer-policy",
  "permissions-policy",
];

test("every kind of response carries the security headers and no X-Powered-By", async ({
  request,
}) => {
  for (const path of [
    "/",
    "/codes/D3351",
    "/codes/D9998",
    "/api/search?q=d3351",
    "/sitemap.xml",
    "/search?q=x",
  ]) {
    const response = await request.get(path, { maxRedirects: 0 });
    const headers = response.headers();
    for (const name of REQUIRED_HEADERS) expect(headers[name], `${path} ${name}`).toBeTruthy();
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["x-powered-by"], path).toBeUndefined();
  }
});

const PAYLOADS = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(1)",
  "' OR '1'='1",
  "1; DROP TABLE codes",
  "../../../../etc/passwd",
  "..%2f..%2f..%2fetc%2fpasswd",
  "%2e%2e%2f%2e%2e%2f",
  "%00",
  "%c0%af",
  "%ff%fe",
  "\u202e\u0000",
  "😀🦷",
  "Ω≈ç√",
  "ＤＯ３３５１",
  "d3351",
  "D33511",
  "D335",
  "99213x",
  "%%%",
  "{{7*7}}",
  "${7*7}",
  "<svg/onload=alert(1)>",
  "a".repeat(3000),
  "%E0%A4%A",
  "..;/",
  "\\..\\..\\windows",
  "?q=<script>",
];

const PREFIXES = [
  "/codes/",
  "/cpt/",
  "/cdt/",
  "/hcpcs/",
  "/specialties/",
  "/codes/cdt/",
  "/career/",
  "/",
  "/blog/",
  "/resources/glossary/",
  "/api/fee-schedule/",
  "/search?q=",
  "/api/search?q=",
  "/calculator?items=",
  "/calculator?add=",
  "/support/report?code=",
];

function hostileUrls(): string[] {
  const urls = new Set<string>();
  for (const prefix of PREFIXES) {
    for (const payload of PAYLOADS) {
      urls.add(prefix + encodeURIComponent(payload));
      // Raw variant: only what an HTTP client cannot send as-is is encoded (a leading backslash would turn
      // "/\\.." into a protocol-relative URL in the client, not in the request the server sees).
      urls.add(prefix + payload.replace(/[ #\\]/g, (character) => encodeURIComponent(character)));
    }
  }
  for (let i = 0; i < 300; i++) {
    const code =
      ["D", "J", "G", "", "X", "d", "0"][i % 7]! + String(i * 37).padStart(4 - (i % 3), "0");
    urls.add(`/codes/${code}`);
    urls.add(`/api/search?q=${encodeURIComponent(code)}`);
  }
  return [...urls];
}

test("1,000+ hostile URLs and queries never cause a server error or reflect markup unescaped", async ({
  request,
}) => {
  test.setTimeout(600_000);
  const urls = hostileUrls();
  expect(urls.length).toBeGreaterThanOrEqual(1000);
  const failures: string[] = [];
  for (let start = 0; start < urls.length; start += 16) {
    await Promise.all(
      urls.slice(start, start + 16).map(async (url) => {
        let response;
        try {
          response = await request.get(url, { maxRedirects: 0, failOnStatusCode: false });
        } catch (error) {
          failures.push(`${url}: request failed: ${(error as Error).message.split("\n")[0]}`);
          return;
        }
        const status = response.status();
        if (status >= 500) failures.push(`${url}: HTTP ${status}`);
        const body = await response.text();
        for (const marker of ["<script>alert(1)", "<img src=x onerror", "<svg/onload"]) {
          if (body.includes(marker)) failures.push(`${url}: reflects ${marker}`);
        }
      }),
    );
  }
  expect(failures).toEqual([]);
});

test("a made-up code answers 404, not 200 or 500", async ({ request }) => {
  for (const path of [
    "/codes/D3998",
    "/codes/99999",
    "/codes/ZZZZZ",
    "/specialties/not-a-specialty",
    "/codes/cdt/not-a-category",
  ]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});
