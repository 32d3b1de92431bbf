import type { Metadata } from "next";

import { NotFoundContent } from "@/components/layout/not-found-content";

// Next.js adds the noindex robots tag to not-found responses itself.
export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return <NotFoundContent />;
}
