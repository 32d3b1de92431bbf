/**
 * JSON that is safe wherever it lands: "<", ">" and "&" (and the JavaScript line separators) are written
 * as \u escapes. Any JSON parser reads the same value, but text quoted from a request or from content can
 * never read as markup or end a <script> element.
 */
export function stringifySafeJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** A JSON Response built with {@link stringifySafeJson}. */
export function safeJsonResponse(
  body: unknown,
  init: { status?: number; headers?: Record<string, string> } = {},
): Response {
  return new Response(stringifySafeJson(body), {
    status: init.status ?? 200,
    headers: { "Content-Type": "application/json", ...init.headers },
  });
}
