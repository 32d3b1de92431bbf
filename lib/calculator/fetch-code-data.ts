/**
 * The browser side of `GET /api/fee-schedule/[code]`: fetches codes the page does not have yet, one request
 * per code (the responses are cacheable), and turns every failure into a sentence naming the code.
 */
import type { CalculatorCodeData, CalculatorItem } from "@/lib/calculator/types";
import type { CodeDataMap } from "@/lib/calculator/view-state";

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

export type FetchFailure = Extract<FetchedCode, { ok: false }>;

/** Fetch results split into the data that came back, by code, and the failures, in the order asked. */
export function splitFetched(results: readonly FetchedCode[]): {
  data: CodeDataMap;
  failures: FetchFailure[];
} {
  const data: CodeDataMap = {};
  const failures: FetchFailure[] = [];
  for (const result of results) {
    if (result.ok) data[result.data.code] = result.data;
    else failures.push(result);
  }
  return { data, failures };
}

/**
 * Fetches the codes of a restored list that the page lacks. Codes the server does not know are dropped
 * from the list; every failure becomes a message for the reader.
 */
export async function loadMissingCodes(
  items: readonly CalculatorItem[],
  have: Readonly<CodeDataMap>,
): Promise<{ items: CalculatorItem[]; data: CodeDataMap; messages: string[] }> {
  const codes = items.map((item) => item.code).filter((code) => !have[code]);
  const { data, failures } = splitFetched(await fetchManyCodeData(codes));
  const dropped = new Set(failures.filter((failure) => failure.missing).map(({ code }) => code));
  const messages = failures.map((failure) =>
    failure.missing ? `${failure.error} It was left out of the list.` : failure.error,
  );
  return { items: items.filter((item) => !dropped.has(item.code)), data, messages };
}
