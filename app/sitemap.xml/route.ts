import { cacheHeaders } from "@/lib/cache-policy";
import { chunkEntries, getSitemapEntries, renderSitemapIndex } from "@/lib/sitemap";

export const dynamic = "force-static";

/** A sitemap index of the numbered sitemaps under /sitemaps/ (lib/sitemap says how they are cut). */
export function GET() {
  const chunks = chunkEntries(getSitemapEntries());
  return new Response(renderSitemapIndex(chunks.length), {
    headers: { "Content-Type": "application/xml; charset=utf-8", ...cacheHeaders("sitemap") },
  });
}
