import { matchRouteAddress } from "@/lib/routes";
import { codePath } from "@/lib/site";

import { normalizeCode } from "./code-system";

/**
 * The canonical path a code URL should redirect to, or undefined when the path is already canonical or is
 * not a code URL at all (a code that does not exist still gets its 404 from the page route). The code
 * route and its aliases (/cpt/99213, /cdt/D3351, /hcpcs/J0585) come from the route table (lib/routes.ts).
 */
export function resolveCanonicalPath(pathname: string): string | undefined {
  const raw = matchRouteAddress("/codes/[slug]", pathname)?.slug;
  if (raw === undefined) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return undefined;
  }
  const code = normalizeCode(decoded);
  if (!code) return undefined;
  const canonical = codePath(code);
  return canonical === pathname ? undefined : canonical;
}
