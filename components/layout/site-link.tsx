import type { ComponentProps } from "react";

import { isPagesRouterPath } from "@/lib/routes";

import { RouterLink } from "./router-link";

/**
 * Internal links, for pages of either router. Which router owns a path is the route table's answer
 * (lib/routes.ts): code and code-system pages are Pages Router pages (see "Why code pages use the Pages
 * Router" in the README) and everything else is an App Router page. Each router's <Link> prefetches
 * the other router's pages in its own format and gets a whole HTML page back instead, dozens of times on
 * a listing, so links that cross routers, and every link on a Pages Router page, are plain anchors: one
 * ordinary request when followed, nothing fetched ahead.
 *
 * A link to a code page is decided here, on the server, so the hundred code links of a listing are plain
 * HTML rather than a hundred client components to serialise and hydrate.
 */
export function SiteLink(props: ComponentProps<typeof RouterLink>) {
  if (isPagesRouterPath(props.href)) {
    const { href, ...rest } = props;
    delete rest.prefetch;
    return <a href={href} {...rest} />;
  }
  return <RouterLink {...props} />;
}
