/** Helpers for the props of Pages Router pages, which Next.js serialises as JSON. */

/**
 * Next.js refuses `undefined` in props (they travel as JSON): absent optional fields are dropped rather
 * than sent as null, so the page sees exactly the shapes the builders return.
 */
export function withoutUndefined<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutUndefined) as T;
  if (value === null || typeof value !== "object") return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value))
    if (item !== undefined) copy[key] = withoutUndefined(item);
  return copy as T;
}
