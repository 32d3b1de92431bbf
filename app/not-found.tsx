import type { Metadata } from "next";
import { headers } from "next/headers";

import { NotFoundContent } from "@/components/layout/not-found-content";
import { REQUEST_PATH_HEADER } from "@/lib/http/request-path";
import { suggestCodesForPath } from "@/lib/search/suggest-codes";
import { SHELL } from "@/lib/shell";

// The title of both routers' 404 (lib/shell.ts). Next.js writes the robots tag of a not-found response
// itself, with the value SHELL.notFound.robots names; setting it here would print it twice.
export const metadata: Metadata = { title: SHELL.notFound.title };

/**
 * Rendered per request (it reads the address from a header proxy.ts sets), so the "Did you mean"
 * suggestions are in the HTML, not fetched by script.
 */
export default async function NotFound() {
  const path = (await headers()).get(REQUEST_PATH_HEADER) ?? "";
  return <NotFoundContent suggestions={suggestCodesForPath(path)} />;
}
