import type { Metadata, Viewport } from "next";

import { SiteShell } from "@/components/layout/site-shell";
import { TITLE_TEMPLATE } from "@/lib/seo/metadata";
import { getSiteUrl, SITE_NAME, SITE_TAGLINE, THEME_COLORS } from "@/lib/site";

import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(getSiteUrl()),
  title: { default: `${SITE_NAME} — ${SITE_TAGLINE}`, template: TITLE_TEMPLATE },
  description:
    "Plain-language explanations of CPT, HCPCS Level II and CDT billing codes with official CMS fee-schedule figures.",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: THEME_COLORS,
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        <SiteShell>{children}</SiteShell>
      </body>
    </html>
  );
}
