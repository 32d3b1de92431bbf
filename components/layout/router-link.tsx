"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { createContext, useCallback, useContext, type ComponentProps } from "react";

import { isPagesRouterPath } from "@/lib/routes";

const PlainLinksContext = createContext(false);

/** Set by pages/_app.tsx: on Pages Router pages every internal link is a plain anchor. */
export const PlainLinksProvider = PlainLinksContext.Provider;

/** A link to an App Router page: next/link there, a plain anchor on Pages Router pages (see SiteLink). */
export function RouterLink({
  href,
  prefetch,
  ...rest
}: ComponentProps<typeof Link> & { href: string }) {
  if (useContext(PlainLinksContext)) return <a href={href} {...rest} />;
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
