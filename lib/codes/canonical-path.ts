import { normalizeCode } from "./code-system";

const ALIAS_PREFIXES = new Set(["codes", "cpt", "cdt", "hcpcs"]);

/**
 * The canonical path a code URL should redirect to, or undefined when the path is already canonical or is
 * not a code URL at all (a code that does not exist still gets its 404 from the page route).
 */
export function resolveCanonicalPath(pathname: string): string | undefined {
  const segments = pathname.split("/").filter(Boolean);
  if (segments.length !== 2) return undefined;
  const [prefix, raw] = segments as [string, string];
  if (!ALIAS_PREFIXES.has(prefix.toLowerCase())) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return undefined;
  }
  const code = normalizeCode(decoded);
  if (!code) return undefined;
  const canonical = `/codes/${code}`;
  return canonical === pathname ? undefined : canonical;
}
