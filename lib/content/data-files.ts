/**
 * Reads the JSON data files of one folder under the content root (content/fee-schedule/*.json), for the
 * data collections. lib/content is the only code that reads the content tree; collections parse what it
 * returns with their own schemas.
 */
import fs from "node:fs";
import path from "node:path";

/** A problem with a data collection, named by file; validate reports it beside content problems. */
export class DataFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DataFileError";
  }
}

export type DataFile =
  | { name: string; file: string; json: unknown; error?: undefined }
  | { name: string; file: string; json?: undefined; error: string };

/**
 * Every `.json` file of `<contentDir>/<folder>`, sorted by name, parsed; a file that is not valid JSON
 * comes back with its error instead. A missing folder has no files.
 */
export function readDataFiles(contentDir: string, folder: string): DataFile[] {
  const dir = path.join(contentDir, folder);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => {
      const absolute = path.join(dir, name);
      const file = path.relative(process.cwd(), absolute) || name;
      try {
        return { name, file, json: JSON.parse(fs.readFileSync(absolute, "utf8")) as unknown };
      } catch (error) {
        return { name, file, error: `invalid JSON: ${(error as Error).message}` };
      }
    });
}

/** True when `<root>/<relativePath>` exists: a blog post's cover image under public/, say. */
export function contentFileExists(root: string, relativePath: string): boolean {
  return fs.existsSync(path.join(root, relativePath));
}
