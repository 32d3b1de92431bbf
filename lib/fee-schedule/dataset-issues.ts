/**
 * How a fee-schedule dataset that fails its schema is reported, by the loader and by every importer
 * alike: one `file: field: message` line per problem, so the reader finds the row without reading zod's
 * raw issue list.
 */
import type { z } from "zod";

import { formatFieldPath } from "@/lib/content/problems";

import { RVU_COLUMNS } from "./schema";

/** A broken import can fail on every one of 19,000 rows; the first few locate the problem. */
const MAX_ISSUES_PER_FILE = 20;

/** `file: rows[12][4] (workRvu): Expected number`, at most MAX_ISSUES_PER_FILE of them, then a count. */
export function describeDatasetIssues(file: string, error: z.ZodError): string[] {
  const lines = error.issues.slice(0, MAX_ISSUES_PER_FILE).map((issue) => {
    const [first, , column] = issue.path;
    // Rows are positional; naming the column saves the reader a trip to RVU_COLUMNS.
    const columnName =
      first === "rows" && typeof column === "number" ? RVU_COLUMNS[column] : undefined;
    const field = formatFieldPath(issue.path) + (columnName ? ` (${columnName})` : "");
    return field ? `${file}: ${field}: ${issue.message}` : `${file}: ${issue.message}`;
  });
  const hidden = error.issues.length - MAX_ISSUES_PER_FILE;
  if (hidden > 0) lines.push(`${file}: …and ${hidden} more problems`);
  return lines;
}

/** Thrown by {@link parseDataset}; its message lists every problem, one line each. */
export class DatasetValidationError extends Error {
  constructor(readonly lines: readonly string[]) {
    super(`the data does not fit its schema:\n${lines.join("\n")}`);
    this.name = "DatasetValidationError";
  }
}

/**
 * An importer's last check before it writes `file`: the dataset it built, validated by the schema the
 * loader will read it with. Nothing is written when this throws.
 */
export function parseDataset<S extends z.ZodType>(
  schema: S,
  value: unknown,
  file: string,
): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new DatasetValidationError(describeDatasetIssues(file, result.error));
  return result.data;
}
