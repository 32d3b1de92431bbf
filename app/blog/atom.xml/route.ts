import { getAllPosts } from "@/lib/blog";
import { cacheHeaders } from "@/lib/cache-policy";
import { buildAtomFeed } from "@/lib/blog/feeds";

export const dynamic = "force-static";

export function GET() {
  return new Response(buildAtomFeed(getAllPosts()), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8", ...cacheHeaders("feed") },
  });
}
