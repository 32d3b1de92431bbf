/**
 * Canonical URLs: /codes/d3351 and the system aliases (/cpt/99213, /cdt/D3351, /hcpcs/J0585) answer 301
 * with the canonical /codes/D3351; any path with a trailing slash answers 301 without it. The code route
 * and its aliases are entries of the route table (lib/routes.ts), read by resolveCanonicalPath.
 *
 * The production server's fast path (server.ts, lib/fast-path) answers prerendered pages without running
 * this per request: it runs it once for each page's exact address and leaves to Next.js every page it
 * does not pass through untouched. So for a page's address a rule here must depend on the path alone; a
 * rule that reads headers or cookies there would need the fast path taught about it.
 */
import { NextResponse, type NextRequest } from "next/server";

import { resolveCanonicalPath } from "@/lib/codes/canonical-path";

/** True when the path holds a percent sequence that is not valid UTF-8 (e.g. %c0%af, %E0%A4%A). */
function hasMalformedEncoding(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  // Next.js answers 500 when it cannot decode a dynamic segment; such a URL names nothing, so it is a 404.
  if (hasMalformedEncoding(pathname))
    return NextResponse.rewrite(new URL("/not-found", request.url));
  const withoutSlash =
    pathname.length > 1 && pathname.endsWith("/") ? pathname.replace(/\/+$/, "") || "/" : pathname;
  const canonical =
    resolveCanonicalPath(withoutSlash) ?? (withoutSlash !== pathname ? withoutSlash : undefined);
  if (!canonical) return NextResponse.next();
  // A plain URL, not nextUrl.clone(): NextURL re-adds the trailing slash the request had.
  return NextResponse.redirect(new URL(`${canonical}${request.nextUrl.search}`, request.url), 301);
}

export const config = {
  matcher: ["/((?!_next/|favicon.ico).*)"],
};
