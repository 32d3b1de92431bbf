import { getAllPosts } from "@/lib/blog";
import { cacheHeaders } from "@/lib/cache-policy";
import { buildRssFeed } from "@/lib/blog/feeds";

export const dynamic = "force-static";

export function GET() {
  return new Response(buildRssFeed(getAllPosts()), {
    headers: { "Content-Type": "application/rss+xml; charset=utf-8", ...cacheHeaders("feed") },
  });
}
