"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { createContext, useCallback, useContext, type ComponentProps } from "react";

import { isPagesRouterPath } from "@/lib/site";

/**
 * Internal links, for pages of either router. Code and code-system pages are Pages Router pages (see
 * "Why code pages use the Pages Router" in the README) and everything else is an App Router page. Each
 * router's <Link> prefetches the other router's pages in its own format and gets a whole HTML page back
 * instead, dozens of times on a listing, so links that cross routers, and every link on a Pages Router
 * page, are plain anchors: one ordinary request when followed, nothing fetched ahead.
 */
const PlainLinksContext = createContext(false);

/** Set by pages/_app.tsx: on Pages Router pages every internal link is a plain anchor. */
export const PlainLinksProvider = PlainLinksContext.Provider;

function usePlainAnchor(href: string): boolean {
  return useContext(PlainLinksContext) || isPagesRouterPath(href);
}

export function SiteLink({
  href,
  prefetch,
  ...rest
}: ComponentProps<typeof Link> & { href: string }) {
  if (usePlainAnchor(href)) return <a href={href} {...rest} />;
  return <Link href={href} prefetch={prefetch} {...rest} />;
}

/** Navigation from script (the search box), with the same rule as SiteLink. */
export function useSiteNavigate(): (href: string) => void {
  const router = useRouter();
  const plain = useContext(PlainLinksContext);
  return useCallback(
    (href: string) => {
      if (plain || isPagesRouterPath(href)) window.location.assign(href);
      else router.push(href);
    },
    [plain, router],
  );
}
