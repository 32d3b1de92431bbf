/**
 * The browser side of `GET /api/fee-schedule/[code]`: fetches codes the page does not have yet, one request
 * per code (the responses are cacheable), and turns every failure into a sentence naming the code.
 */
import type { CalculatorCodeData } from "@/lib/calculator/types";

export type FetchedCode =
  | { ok: true; data: CalculatorCodeData }
  /** `missing` is true when the server answered that the code does not exist (400/404), not a network error. */
  | { ok: false; code: string; error: string; missing: boolean };

function isCodeData(value: unknown): value is CalculatorCodeData {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { code?: unknown }).code === "string" &&
    Array.isArray((value as { releases?: unknown }).releases)
  );
}

function readError(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const error = (value as { error?: unknown }).error;
  return typeof error === "string" ? error : undefined;
}

export async function fetchCodeData(code: string): Promise<FetchedCode> {
  let response: Response;
  try {
    response = await fetch(`/api/fee-schedule/${encodeURIComponent(code)}`);
  } catch {
    return {
      ok: false,
      code,
      error: `Could not load ${code}: check the connection and try again.`,
      missing: false,
    };
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (response.ok && isCodeData(body)) return { ok: true, data: body };
  const missing = response.status === 400 || response.status === 404;
  return {
    ok: false,
    code,
    error: readError(body) ?? `Could not load ${code} (HTTP ${response.status}).`,
    missing,
  };
}

/** Fetches several codes at once; results come back in the order asked. */
export function fetchManyCodeData(codes: readonly string[]): Promise<FetchedCode[]> {
  return Promise.all([...new Set(codes)].map((code) => fetchCodeData(code)));
}
