import type { Metadata } from "next";

import { NotFoundContent } from "@/components/layout/not-found-content";
import { SHELL } from "@/lib/shell";

// The title of both routers' 404 (lib/shell.ts). Next.js writes the robots tag of a not-found response
// itself, with the value SHELL.notFound.robots names; setting it here would print it twice.
export const metadata: Metadata = { title: SHELL.notFound.title };

/**
 * Static, like every page it stands in for: reading the request here (headers()) would make Next.js
 * render every App Router page per request. So the "Did you mean" suggestions are fetched by the browser;
 * an unknown code under /codes/ has its own 404 with them in the HTML (pages/code-not-found/[slug].tsx).
 */
export default function NotFound() {
  return <NotFoundContent />;
}
