/** Types for scripts/build-islands.mjs (plain JavaScript so it runs before any TypeScript loader). */
export const ISLANDS_PUBLIC_PATH: string;
export function buildIslands(root: string): Record<string, string>;
