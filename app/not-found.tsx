import type { Metadata } from "next";
import { headers } from "next/headers";

import { NotFoundContent } from "@/components/layout/not-found-content";
import { REQUEST_PATH_HEADER } from "@/lib/http/request-path";
import { suggestCodesForPath } from "@/lib/search/suggest-codes";

// Next.js adds the noindex robots tag to not-found responses itself.
export const metadata: Metadata = { title: "Page not found" };

/**
 * Rendered per request (it reads the address from a header proxy.ts sets), so the "Did you mean"
 * suggestions are in the HTML, not fetched by script.
 */
export default async function NotFound() {
  const path = (await headers()).get(REQUEST_PATH_HEADER) ?? "";
  return <NotFoundContent suggestions={suggestCodesForPath(path)} />;
}
