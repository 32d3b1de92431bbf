/**
 * The log as a file: the JSON a reader exports to keep or move their log, and reading it back. The
 * schema is the contract of that file; every problem is reported with the entry's row number and field,
 * and a file with any problem is refused whole, so an import never half-happens.
 *
 * The schema is written with zod/mini, whose functions tree-shake: about 10 KB gzipped where the full
 * zod was 93 KB. The island still loads this module only when the reader imports or exports a file (a
 * dynamic import(), like the CSV writer).
 */
import { en } from "zod/locales";
import * as z from "zod/mini";

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

// zod/mini ships no messages of its own: English ones, as the full zod writes them.
z.config(en());

/** Written in every exported file; a file without it is not a CodeAtlas log. */
export const LOG_FILE_FORMAT = "codeatlas-wrvu-log";
export const LOG_FILE_VERSION = 1;

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** A string of at most `max` characters. */
const text = (max: number) => z.string().check(z.maxLength(max));
/** A number of 0 or more. */
const amount = () => z.number().check(z.gte(0));

const entrySchema = z.strictObject({
  /** Any non-empty text up to 64 characters; exports write a random UUID. */
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  /** The day of service, "YYYY-MM-DD". */
  date: z.string().check(z.refine(isIsoDate, "must be a calendar date written YYYY-MM-DD")),
  /** A CPT, HCPCS Level II or CDT code; parseLogFile writes it in upper case. */
  code: z.string().check(
    z.check((context) => {
      if (!normalizeCode(context.value))
        context.issues.push({
          code: "custom",
          input: context.value,
          message: `"${context.value}" is not a billing code`,
        });
    }),
  ),
  /** "", "26" or "TC". */
  modifier: z.enum(CALCULATOR_MODIFIERS),
  units: z.int().check(z.gte(1), z.lte(MAX_UNITS)),
  /** "non-facility" or "facility". */
  setting: z.enum(CALCULATOR_SETTINGS),
  location: z._default(text(MAX_LOCATION_LENGTH), ""),
  note: z._default(text(MAX_NOTE_LENGTH), ""),
});

const settingsSchema = z.strictObject({
  contractReleaseId: z._default(z.nullable(text(16)), null),
  localityId: z._default(z.nullable(text(16)), null),
  locations: z._default(
    z
      .array(z.string().check(z.minLength(1), z.maxLength(MAX_LOCATION_LENGTH)))
      .check(z.maxLength(50)),
    [],
  ),
  reported: z._default(
    z.record(z.string().check(z.regex(MONTH, "must be a month written YYYY-MM")), amount()),
    {},
  ),
  ratePerWrvu: z._default(z.nullable(amount()), null),
  annualThreshold: z._default(z.nullable(amount()), null),
});

/** The exported file. */
export const logFileSchema = z.strictObject({
  format: z.literal(LOG_FILE_FORMAT),
  version: z.literal(LOG_FILE_VERSION),
  /** When the file was written, as an ISO timestamp; informational. */
  exportedAt: z.optional(z.string()),
  entries: z.array(entrySchema).check(z.maxLength(MAX_LOG_ENTRIES)),
  settings: z._default(settingsSchema, () => ({ ...DEFAULT_LOG_SETTINGS })),
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
  if (parsed.success) {
    const entries = parsed.data.entries.map((entry) => ({
      ...entry,
      code: normalizeCode(entry.code) ?? entry.code,
    }));
    return { ok: true, file: { ...parsed.data, entries } as LogFile };
  }
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
