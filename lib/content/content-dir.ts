import path from "node:path";

/** The content root: `content/` unless CONTENT_DIR points elsewhere (tests and benchmarks do). */
export function getContentDir(): string {
  // Read at run time from the project folder, so the bundler must not trace it as a module dependency.
  return path.resolve(
    /* turbopackIgnore: true */ process.cwd(),
    process.env.CONTENT_DIR ?? "content",
  );
}
