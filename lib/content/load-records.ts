/**
 * Reads every record of one folder, validates its frontmatter with a zod schema and reports problems with
 * file, line and field path. Cross-record checks (unknown specialty, missing related code) live in
 * load-content.ts, which sees all records at once.
 */
import fs from "node:fs";
import path from "node:path";
import type { z } from "zod";

import { FrontmatterSyntaxError, parseRecordFile, type ParsedRecordFile } from "./frontmatter";
import { formatFieldPath, type ContentProblem } from "./problems";

export interface LoadedFile<T> {
  /** File name without `.md`. */
  id: string;
  file: string;
  /** The validated frontmatter, or undefined when it failed the schema (problems are recorded). */
  data: T | undefined;
  /** The frontmatter as YAML read it, so cross-record checks still run on a record with schema errors. */
  raw: Record<string, unknown>;
  body: string;
  parsed: ParsedRecordFile;
}

function describeIssue(issue: z.core.$ZodIssue): { path: PropertyKey[]; message: string }[] {
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => ({
      path: [...issue.path, key],
      message: "unknown field (check the spelling against the field table in the README)",
    }));
  }
  if (issue.code === "invalid_type" && issue.input === undefined) {
    return [{ path: issue.path, message: "required field is missing" }];
  }
  if (issue.code === "invalid_type" && issue.input instanceof Date) {
    return [{ path: issue.path, message: 'expected a date in quotes, "YYYY-MM-DD"' }];
  }
  return [{ path: issue.path, message: issue.message }];
}

/** Lists the Markdown files of a folder; anything else in it is reported rather than ignored. */
export function listMarkdownFiles(folder: string, problems: ContentProblem[]): string[] {
  if (!fs.existsSync(folder)) return [];
  const files: string[] = [];
  for (const entry of fs
    .readdirSync(folder, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))) {
    const file = path.join(folder, entry.name);
    if (entry.isFile() && entry.name.endsWith(".md")) files.push(file);
    else if (!entry.name.startsWith(".")) {
      problems.push({ file, field: "", message: "not a Markdown record (.md); move or remove it" });
    }
  }
  return files;
}

/** Parses and validates one record file; returns undefined (with problems recorded) when YAML fails. */
export function loadRecordFile<S extends z.ZodType>(
  file: string,
  schema: S,
  problems: ContentProblem[],
): LoadedFile<z.output<S>> | undefined {
  let parsed: ParsedRecordFile;
  try {
    parsed = parseRecordFile(fs.readFileSync(file, "utf8"));
  } catch (error) {
    if (error instanceof FrontmatterSyntaxError) {
      problems.push({ file, line: error.line, field: "", message: error.message });
      return undefined;
    }
    throw error;
  }
  const raw =
    parsed.data && typeof parsed.data === "object" ? (parsed.data as Record<string, unknown>) : {};
  const result = schema.safeParse(raw, { reportInput: true });
  if (!result.success) {
    for (const issue of result.error.issues) {
      for (const { path: fieldPath, message } of describeIssue(issue)) {
        problems.push({
          file,
          line: parsed.lineOf(fieldPath),
          field: formatFieldPath(fieldPath),
          message,
        });
      }
    }
  }
  const data = result.success ? result.data : undefined;
  return { id: path.basename(file, ".md"), file, data, raw, body: parsed.body, parsed };
}
