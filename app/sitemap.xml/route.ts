import { chunkEntries, getSitemapEntries, renderSitemapIndex, renderUrlSet } from "@/lib/sitemap";

export const dynamic = "force-static";

/** One sitemap while the site fits the 50,000-URL limit; an index of numbered sitemaps beyond it. */
export function GET() {
  const chunks = chunkEntries(getSitemapEntries());
  const body =
    chunks.length <= 1 ? renderUrlSet(chunks[0] ?? []) : renderSitemapIndex(chunks.length);
  return new Response(body, { headers: { "Content-Type": "application/xml; charset=utf-8" } });
}
