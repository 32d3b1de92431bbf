import { describe, expect, it } from "vitest";

import { fastPathAddress, fastPathRoute } from "@/lib/fast-path/request";

const PAGES = new Set(["/", "/codes/D3351", "/codes/cdt/endodontics"]);
const isPage = (path: string) => PAGES.has(path);

function request(url: string, options: { method?: string; headers?: Record<string, string> } = {}) {
  const headers = options.headers ?? {};
  return {
    method: options.method ?? "GET",
    url,
    rawHeaders: Object.entries(headers).flat(),
    headers: Object.fromEntries(
      Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]),
    ),
  };
}

describe("fastPathAddress", () => {
  it("takes a GET or HEAD for the exact address of a prerendered page", () => {
    expect(fastPathAddress(request("/codes/D3351"), isPage)).toBe("/codes/D3351");
    expect(fastPathAddress(request("/", { method: "HEAD" }), isPage)).toBe("/");
    const browser = { Accept: "text/html", "Accept-Encoding": "gzip", Cookie: "theme=dark" };
    expect(fastPathAddress(request("/codes/D3351", { headers: browser }), isPage)).toBe(
      "/codes/D3351",
    );
  });

  it("leaves other methods to Next.js", () => {
    for (const method of ["POST", "PUT", "DELETE", "OPTIONS", "PATCH"])
      expect(fastPathAddress(request("/codes/D3351", { method }), isPage), method).toBeUndefined();
  });

  it("leaves every address that is not a page's exact address to proxy.ts and Next.js", () => {
    for (const url of [
      "/codes/d3351",
      "/codes/D3351/",
      "/codes/D3351?utm_source=x",
      "/codes/D3351?",
      "/codes/%44%33%33%35%31",
      "/codes/D3351#top",
      "//codes/D3351",
      "http://localhost/codes/D3351",
      "/codes/D9998",
      "/index",
      "/api/search?q=crown",
    ])
      expect(fastPathAddress(request(url), isPage), url).toBeUndefined();
  });

  it("leaves requests Next.js treats specially to it: regeneration, data, prefetch, navigation, actions", () => {
    for (const header of [
      "x-prerender-revalidate",
      "X-Prerender-Revalidate-If-Generated",
      "x-nextjs-data",
      "x-middleware-prefetch",
      "x-middleware-subrequest",
      "RSC",
      "Next-Router-Prefetch",
      "next-router-state-tree",
      "Next-Action",
      "x-invoke-path",
      "x-matched-path",
    ])
      expect(
        fastPathAddress(request("/codes/D3351", { headers: { [header]: "1" } }), isPage),
        header,
      ).toBeUndefined();
  });

  it("leaves readers in preview mode to Next.js", () => {
    for (const cookie of ["__prerender_bypass=abc", "theme=dark; __next_preview_data=xyz"])
      expect(
        fastPathAddress(request("/codes/D3351", { headers: { Cookie: cookie } }), isPage),
        cookie,
      ).toBeUndefined();
  });
});

describe("fastPathRoute", () => {
  const routeParameters = (path: string) => (path === "/api/search" ? ["q", "limit"] : undefined);

  it("takes a GET for a route's exact address with the parameters it reads", () => {
    const route = fastPathRoute(request("/api/search?q=root+canal&limit=3"), routeParameters);
    expect(route?.path).toBe("/api/search");
    expect(route?.parameters.get("q")).toBe("root canal");
    expect(route?.parameters.get("limit")).toBe("3");
    expect(fastPathRoute(request("/api/search"), routeParameters)?.parameters.size).toBe(0);
  });

  it("reads the parameters as Next.js's nextUrl.searchParams does", () => {
    for (const target of [
      "/api/search?q=%3Cb%3E%20x",
      "/api/search?q=a+b&q=c",
      "/api/search?q=%E0%A4%A",
    ]) {
      const expected = new URL(target, "http://localhost").searchParams;
      expect(fastPathRoute(request(target), routeParameters)?.parameters.toString(), target).toBe(
        expected.toString(),
      );
    }
  });

  it("leaves to Next.js other methods, other addresses, other parameters and Next's own requests", () => {
    for (const [target, method, headers] of [
      ["/api/search?q=x", "HEAD", {}],
      ["/api/search?q=x", "POST", {}],
      ["/api/search/?q=x", "GET", {}],
      ["/api/SEARCH?q=x", "GET", {}],
      ["/api/search?q=x&via=next", "GET", {}],
      ["/api/code-suggestions?code=D3315", "GET", {}],
      ["/api/search?q=x", "GET", { RSC: "1" }],
    ] as const)
      expect(
        fastPathRoute(request(target, { method, headers }), routeParameters),
        `${method} ${target}`,
      ).toBeUndefined();
  });
});
