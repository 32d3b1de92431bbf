/**
 * robots.txt. A route handler (app/robots.txt/route.ts) serves it rather than an app/robots.ts metadata
 * route, because Next.js gives that one a fixed `max-age=0, must-revalidate` and the site's cache policy
 * (lib/cache-policy.ts) keeps it a day.
 */
import { absoluteUrl } from "@/lib/site";

/** Paths crawlers should not fetch: result and tool pages whose every query is its own URL, and the API. */
export const ROBOTS_DISALLOW = ["/search", "/calculator", "/api/", "/support/report"] as const;

/** The robots.txt text: every crawler may fetch everything but ROBOTS_DISALLOW; where the sitemap is. */
export function buildRobotsTxt(): string {
  return [
    "User-Agent: *",
    "Allow: /",
    ...ROBOTS_DISALLOW.map((path) => `Disallow: ${path}`),
    "",
    `Sitemap: ${absoluteUrl("/sitemap.xml")}`,
    "",
  ].join("\n");
}
