import type { Metadata } from "next";

import { NotFoundContent } from "@/components/layout/not-found-content";
import { SHELL } from "@/lib/shell";

// The title of both routers' 404 (lib/shell.ts). Next.js writes the robots tag of a not-found response
// itself, with the value SHELL.notFound.robots names; setting it here would print it twice.
export const metadata: Metadata = { title: SHELL.notFound.title };

/**
 * Static, like every page it stands in for: reading the request here (headers()) would make Next.js
 * render every App Router page per request. The "Did you mean" suggestions are fetched by the browser.
 */
export default function NotFound() {
  return <NotFoundContent />;
}
