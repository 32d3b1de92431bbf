import type { Metadata, Viewport } from "next";

import { SiteShell } from "@/components/layout/site-shell";
import { getShellMetadata, getShellViewport, SHELL } from "@/lib/shell";

import "./globals.css";

// The shell is configured once in lib/shell.ts; pages/_document.tsx and pages/_app.tsx print the same.
export const metadata: Metadata = getShellMetadata();

export const viewport: Viewport = getShellViewport();

// Every App Router page's shared-cache lifetime: CACHE_POLICY.page.shared in lib/cache-policy.ts. Next.js
// reads this export without running the module, so it must be a number literal, not that constant;
// tests/unit/cache-policy.test.ts fails when the two differ.
export const revalidate = 3600;

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang={SHELL.lang}>
      <body className={SHELL.bodyClassName}>
        <SiteShell>{children}</SiteShell>
      </body>
    </html>
  );
}
