import { cacheHeaders } from "@/lib/cache-policy";
import { chunkEntries, getSitemapEntries, renderUrlSet } from "@/lib/sitemap";

export const dynamicParams = false;

/** The numbered sitemaps /sitemap.xml lists. */
export function generateStaticParams() {
  return chunkEntries(getSitemapEntries()).map((_, index) => ({ chunk: `${index}.xml` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ chunk: string }> }) {
  const { chunk } = await params;
  const chunks = chunkEntries(getSitemapEntries());
  const index = /^\d+\.xml$/.test(chunk) ? Number.parseInt(chunk, 10) : -1;
  const entries = chunks[index];
  if (!entries) return new Response("Not found", { status: 404 });
  return new Response(renderUrlSet(entries), {
    headers: { "Content-Type": "application/xml; charset=utf-8", ...cacheHeaders("sitemap") },
  });
}
