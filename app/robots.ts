import type { MetadataRoute } from "next";

import { absoluteUrl } from "@/lib/site";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      disallow: ["/search", "/calculator", "/api/", "/support/report"],
    },
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
