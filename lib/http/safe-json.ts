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

/**
 * An HTTP answer as plain data: what a route handler turns into a Response, and what the production
 * server's fast path (lib/fast-path) writes itself for the routes it answers without Next.js.
 */
export interface JsonAnswer {
  status: number;
  headers: Record<string, string>;
  /** The JSON text, written with {@link stringifySafeJson}. */
  body: string;
}

export interface JsonAnswerInit {
  status?: number;
  headers?: Record<string, string>;
}

/** A JSON answer written with {@link stringifySafeJson}, `Content-Type: application/json`. */
export function safeJsonAnswer(body: unknown, init: JsonAnswerInit = {}): JsonAnswer {
  return {
    status: init.status ?? 200,
    headers: { "Content-Type": "application/json", ...init.headers },
    body: stringifySafeJson(body),
  };
}

/** A Response of a {@link JsonAnswer}. */
export function answerResponse({ status, headers, body }: JsonAnswer): Response {
  return new Response(body, { status, headers });
}

/** A JSON Response built with {@link stringifySafeJson}. */
export function safeJsonResponse(body: unknown, init: JsonAnswerInit = {}): Response {
  return answerResponse(safeJsonAnswer(body, init));
}
