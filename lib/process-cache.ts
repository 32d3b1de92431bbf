/**
 * A cache shared by every copy of a module in one process. Next.js bundles server code separately into
 * App Router pages, Pages Router pages and route handlers and runs them all in the same build worker, so a
 * module-level Map holds one copy per bundle: three copies of the content tree and of the fee-schedule
 * data (about 150 MB and 100 MB each at 20,000 records). Keeping them on globalThis under a registered
 * symbol gives every bundle the same copy.
 */
export function processWideCache<T>(name: string): Map<string, T> {
  const key = Symbol.for(`codeatlas.${name}`);
  const holder = globalThis as typeof globalThis & { [key: symbol]: Map<string, T> | undefined };
  return (holder[key] ??= new Map<string, T>());
}
