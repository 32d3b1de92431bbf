import { cacheHeaders } from "@/lib/cache-policy";
import { buildRobotsTxt } from "@/lib/seo/robots";

export const dynamic = "force-static";

export function GET() {
  return new Response(buildRobotsTxt(), {
    headers: { "Content-Type": "text/plain; charset=utf-8", ...cacheHeaders("robots") },
  });
}
