/**
 * GET /api/fee-schedule/CODE: one code's fee-schedule figures in every imported release, for the
 * calculator. 200 with the data, 400 when the text cannot be a code, 404 when the data knows nothing about
 * it; errors are `{ "error": "…" }`.
 */
import { cacheHeaders } from "@/lib/cache-policy";
import { lookupCalculatorCode } from "@/lib/calculator/code-data";
import { safeJsonResponse } from "@/lib/http/safe-json";

/** Longer than any code written any way ("d 3351", "%20D3351"); longer input is refused before parsing. */
const MAX_PARAM_LENGTH = 32;

/** Errors quote what was asked for, so the body is written as HTML-safe JSON. */
function json(body: unknown, status: number): Response {
  const headers = status === 200 ? cacheHeaders("feeScheduleApi") : cacheHeaders("apiError");
  return safeJsonResponse(body, { status, headers });
}

export async function GET(_request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  let text: string;
  try {
    text = decodeURIComponent(code);
  } catch {
    return json({ error: "The code in the URL is not valid URL-encoded text." }, 400);
  }
  if (text.length > MAX_PARAM_LENGTH) {
    return json({ error: "That is too long to be a billing code." }, 400);
  }
  const lookup = lookupCalculatorCode(text);
  if (lookup.status === "invalid") return json({ error: lookup.error }, 400);
  if (lookup.status === "unknown") return json({ error: lookup.error, code: lookup.code }, 404);
  return json(lookup.data, 200);
}
