import path from "node:path";

/** The content root: `content/` unless CONTENT_DIR points elsewhere (tests and benchmarks do). */
export function getContentDir(): string {
  return path.resolve(process.cwd(), process.env.CONTENT_DIR ?? "content");
}
