/**
 * The response headers next.config.ts `headers()` adds to a path (the security headers: CSP, HSTS, …),
 * taken from the build's routes-manifest.json, where `next build` wrote each rule with its compiled
 * `regex`. Next.js applies the same rules, in the same order, to every response it sends.
 */

export interface HeaderRule {
  readonly source: string;
  /** The source compiled by `next build`, matched against the path. */
  readonly regex: string;
  readonly headers: readonly { readonly key: string; readonly value: string }[];
  /** Conditions on the request (header, cookie, query, host): the fast path does not evaluate them. */
  readonly has?: readonly unknown[];
  readonly missing?: readonly unknown[];
}

/**
 * Headers the fast path writes itself, from the page and the request. A rule that sets one of them would
 * change what Next.js sends in a way the fast path does not copy, so such a path is left to Next.js.
 */
const RESPONSE_OWN_HEADERS = new Set([
  "cache-control",
  "content-encoding",
  "content-length",
  "content-type",
  "etag",
  "set-cookie",
  "transfer-encoding",
  "vary",
  "x-nextjs-cache",
  "x-powered-by",
]);

/** The `:name` parameters of a rule's source ("/:path*" → ["path"]). */
function sourceParameters(source: string): string[] {
  return [...source.matchAll(/:(\w+)/g)].map((match) => match[1]!);
}

/**
 * The headers the rules add to `pathname`, in the order Next.js sets them (a later rule's value for the
 * same name replaces an earlier one in place), or undefined when a matching rule depends on the request
 * (`has`, `missing`), fills in a parameter of the path (`:path` in a value), or sets a header the fast
 * path writes itself: Next.js must answer such a path.
 *
 * Next.js matches header rules without regard to case unless `caseSensitiveRoutes` is on; the fast path
 * only ever asks about exact page addresses, so either way gives the same answer for them.
 */
export function headersForPath(
  pathname: string,
  rules: readonly HeaderRule[],
): [string, string][] | undefined {
  const headers = new Map<string, [string, string]>();
  for (const rule of rules) {
    if (!new RegExp(rule.regex, "i").test(pathname)) continue;
    if (rule.has?.length || rule.missing?.length) return undefined;
    const parameters = sourceParameters(rule.source);
    for (const { key, value } of rule.headers) {
      const takesParameter = parameters.some(
        (name) => key.includes(`:${name}`) || value.includes(`:${name}`),
      );
      if (takesParameter || RESPONSE_OWN_HEADERS.has(key.toLowerCase())) return undefined;
      headers.set(key.toLowerCase(), [key, value]);
    }
  }
  return [...headers.values()];
}
