/** Types for scripts/build-islands.mjs (plain JavaScript so it runs before any TypeScript loader). */
import type { BuildResult, OutputFile } from "esbuild";

export const ISLANDS_PUBLIC_PATH: string;
export function bundleIslands(
  root: string,
): Record<
  string,
  BuildResult & { outputFiles: OutputFile[]; metafile: NonNullable<BuildResult["metafile"]> }
>;
export function buildIslands(root: string): Record<string, string>;
