/**
 * Loose views of a record's cross-references, read from the raw frontmatter. They let the loader report an
 * unknown specialty or a missing related code even in a record whose other fields failed the schema, so an
 * author sees every problem in one run.
 */
import { normalizeCode } from "@/lib/codes/code-system";

export interface LooseRelated {
  code: string;
  external: boolean;
  name: string | undefined;
}

function isString(value: unknown): value is string {
  return typeof value === "string";
}

function asCode(value: unknown): string | undefined {
  if (typeof value === "number" && Number.isInteger(value)) return String(value).padStart(5, "0");
  return isString(value) && normalizeCode(value) === value.trim() ? value.trim() : undefined;
}

export function looseSpecialties(raw: Record<string, unknown>): (string | undefined)[] {
  return Array.isArray(raw.specialties)
    ? raw.specialties.map((value) => (isString(value) ? value : undefined))
    : [];
}

export function looseRelated(raw: Record<string, unknown>): (LooseRelated | undefined)[] {
  if (!Array.isArray(raw.related)) return [];
  return raw.related.map((entry) => {
    if (!entry || typeof entry !== "object") return undefined;
    const record = entry as Record<string, unknown>;
    const code = asCode(record.code);
    return code
      ? {
          code,
          external: record.external === true,
          name: isString(record.name) ? record.name : undefined,
        }
      : undefined;
  });
}

export function looseCode(value: unknown): string | undefined {
  return asCode(value);
}

export function looseReplacements(raw: Record<string, unknown>): (string | undefined)[] {
  const retired = raw.retired as Record<string, unknown> | undefined;
  return retired && Array.isArray(retired.replacedBy) ? retired.replacedBy.map(asCode) : [];
}
