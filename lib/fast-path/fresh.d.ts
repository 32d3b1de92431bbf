/**
 * Next.js ships its copy of the `fresh` package (whether a conditional request may get a 304) without
 * types; this is its one function, as Next.js's send-payload.js calls it.
 */
declare module "next/dist/compiled/fresh/index.js" {
  export default function fresh(
    requestHeaders: Record<string, string | string[] | undefined>,
    responseHeaders: { etag?: string; "last-modified"?: string },
  ): boolean;
}
