/**
 * The log as a file: the JSON a reader exports to keep or move their log, and reading it back. The
 * schema is the contract of that file; every problem is reported with the entry's row number and field,
 * and a file with any problem is refused whole, so an import never half-happens.
 *
 * zod weighs more than the rest of the log's logic, so the island loads this module only when the
 * reader imports a file (a dynamic import(), like the CSV writer).
 */
import { z } from "zod";

import { normalizeCode } from "@/lib/codes/code-system";
import { CALCULATOR_MODIFIERS, CALCULATOR_SETTINGS, MAX_UNITS } from "@/lib/calculator/types";

import {
  DEFAULT_LOG_SETTINGS,
  MAX_LOCATION_LENGTH,
  MAX_LOG_ENTRIES,
  MAX_NOTE_LENGTH,
  type LogEntry,
  type LogSettings,
} from "./entry";
import { isIsoDate } from "./periods";

/** Written in every exported file; a file without it is not a CodeAtlas log. */
export const LOG_FILE_FORMAT = "codeatlas-wrvu-log";
export const LOG_FILE_VERSION = 1;

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

const entrySchema = z.strictObject({
  /** Any non-empty text up to 64 characters; exports write a random UUID. */
  id: z.string().min(1).max(64),
  /** The day of service, "YYYY-MM-DD". */
  date: z.string().refine(isIsoDate, "must be a calendar date written YYYY-MM-DD"),
  /** A CPT, HCPCS Level II or CDT code; written in upper case on import. */
  code: z.string().transform((code, context) => {
    const normalized = normalizeCode(code);
    if (!normalized)
      context.addIssue({ code: "custom", message: `"${code}" is not a billing code` });
    return normalized ?? code;
  }),
  /** "", "26" or "TC". */
  modifier: z.enum(CALCULATOR_MODIFIERS),
  units: z.number().int().min(1).max(MAX_UNITS),
  /** "non-facility" or "facility". */
  setting: z.enum(CALCULATOR_SETTINGS),
  location: z.string().max(MAX_LOCATION_LENGTH).default(""),
  note: z.string().max(MAX_NOTE_LENGTH).default(""),
});

const settingsSchema = z.strictObject({
  contractReleaseId: z.string().max(16).nullable().default(null),
  localityId: z.string().max(16).nullable().default(null),
  locations: z.array(z.string().min(1).max(MAX_LOCATION_LENGTH)).max(50).default([]),
  reported: z
    .record(z.string().regex(MONTH, "must be a month written YYYY-MM"), z.number().min(0))
    .default({}),
  ratePerWrvu: z.number().min(0).nullable().default(null),
  annualThreshold: z.number().min(0).nullable().default(null),
});

/** The exported file. */
export const logFileSchema = z.strictObject({
  format: z.literal(LOG_FILE_FORMAT),
  version: z.literal(LOG_FILE_VERSION),
  /** When the file was written, as an ISO timestamp; informational. */
  exportedAt: z.string().optional(),
  entries: z.array(entrySchema).max(MAX_LOG_ENTRIES),
  settings: settingsSchema.default(DEFAULT_LOG_SETTINGS),
});

export interface LogFile {
  format: typeof LOG_FILE_FORMAT;
  version: typeof LOG_FILE_VERSION;
  exportedAt?: string;
  entries: LogEntry[];
  settings: LogSettings;
}

export type LogFileResult =
  | { ok: true; file: LogFile }
  /** Sentences naming the entry's row (1-based, as a reader counts) and the field. */
  | { ok: false; errors: string[] };

/** The file a reader downloads: pretty-printed so it can be read and diffed. */
export function buildLogJson(
  entries: readonly LogEntry[],
  settings: LogSettings,
  exportedAt: Date,
): string {
  const file: LogFile = {
    format: LOG_FILE_FORMAT,
    version: LOG_FILE_VERSION,
    exportedAt: exportedAt.toISOString(),
    entries: [...entries],
    settings,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** "log-2026-03-04.json". */
export function logFileName(today: string, extension: "json" | "csv"): string {
  return `wrvu-log-${today}.${extension}`;
}

function describePath(path: readonly PropertyKey[]): string {
  const [first, index, ...rest] = path;
  if (first === "entries" && typeof index === "number") {
    const field = rest.length > 0 ? rest.map(String).join(".") : "the entry";
    return `Entry ${index + 1}: ${field}`;
  }
  if (path.length === 0) return "The file";
  return path.map(String).join(".");
}

/** Most problems listed; a file broken throughout is named by its first ones. */
const MAX_ERRORS = 10;

/** Reads an exported file; every problem comes back as a sentence, and any problem refuses the file. */
export function parseLogFile(text: string): LogFileResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, errors: ["The file is not JSON: choose a log exported from this page."] };
  }
  if (typeof json !== "object" || json === null || !("format" in json))
    return {
      ok: false,
      errors: ["The file is not a CodeAtlas wRVU log: it has no format field."],
    };
  const parsed = logFileSchema.safeParse(json);
  if (parsed.success) return { ok: true, file: parsed.data as LogFile };
  const errors = [
    ...new Set(parsed.error.issues.map((issue) => `${describePath(issue.path)}: ${issue.message}`)),
  ];
  return {
    ok: false,
    errors:
      errors.length > MAX_ERRORS
        ? [...errors.slice(0, MAX_ERRORS), `… and ${errors.length - MAX_ERRORS} more problems.`]
        : errors,
  };
}
