/**
 * Content problems are collected, never thrown one at a time, so an author sees every mistake in one run.
 */
import path from "node:path";

import { editDistance } from "@/lib/text/edit-distance";

export interface ContentProblem {
  /** Absolute path of the offending file. */
  file: string;
  /** 1-based line in the file, when the problem can be tied to one. */
  line?: number;
  /** Field path such as "specialties[1]", or empty for file-level problems. */
  field: string;
  message: string;
}

/** `content/codes/D3351.md:7: specialties[1]: unknown specialty "x"`, with the file relative to cwd. */
export function formatProblem(problem: ContentProblem): string {
  const file = path.relative(process.cwd(), problem.file) || problem.file;
  const location = problem.line === undefined ? file : `${file}:${problem.line}`;
  return problem.field
    ? `${location}: ${problem.field}: ${problem.message}`
    : `${location}: ${problem.message}`;
}

export class ContentValidationError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    const sorted = [...problems].sort(
      (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0),
    );
    const count = sorted.length === 1 ? "1 problem" : `${sorted.length} problems`;
    super(`Content validation failed with ${count}:\n${sorted.map(formatProblem).join("\n")}`);
    this.name = "ContentValidationError";
    this.problems = sorted;
  }
}

/** Formats a zod-style path (["related", 0, "code"]) as "related[0].code". */
export function formatFieldPath(segments: readonly PropertyKey[]): string {
  return segments.reduce<string>((out, segment) => {
    if (typeof segment === "number") return `${out}[${segment}]`;
    const key = String(segment);
    return out ? `${out}.${key}` : key;
  }, "");
}

/** The closest candidate within a few typos (editDistance, ignoring case), for "did you mean" hints. */
export function suggestClosest(
  value: string,
  candidates: Iterable<string>,
  maxDistance = Math.max(2, Math.floor(value.length / 3)),
): string | undefined {
  let best: string | undefined;
  let bestDistance = maxDistance + 1;
  for (const candidate of candidates) {
    const distance = editDistance(value.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

export function didYouMean(
  value: string,
  candidates: Iterable<string>,
  maxDistance?: number,
): string {
  const suggestion = suggestClosest(value, candidates, maxDistance);
  return suggestion ? ` (did you mean "${suggestion}"?)` : "";
}
