/**
 * Publishing a corrected record without a rebuild (POST /api/revalidate, pages/api/revalidate.ts): the
 * content is re-read and validated with the build's own collections; only when all of it is valid does it
 * replace what the server holds, and are the code pages regenerated. On any problem the server keeps the
 * content and pages it had, and the operator gets the `file:line: field: message` report.
 */
import { z } from "zod";

import { getCodeEntry } from "@/lib/code-index";
import { normalizeCode } from "@/lib/codes/code-system";
import { isContentProblem, problemLines, reloadCollections } from "@/lib/content";
import { announcePageRegenerated } from "@/lib/page-regeneration";
import { codePath } from "@/lib/site";

import { checkBearerSecret, MIN_SECRET_LENGTH } from "./secret";

/** Enough for any batch of corrections; a longer list is more likely a mistake than a plan. */
const MAX_CODES = 200;

const requestBodySchema = z.strictObject({
  codes: z.array(z.string().min(1).max(32)).min(1).max(MAX_CODES),
});

export interface RevalidationRequest {
  method: string | undefined;
  /** The request's Authorization header. */
  authorization: string | undefined;
  /** The parsed JSON body. */
  body: unknown;
}

export interface RevalidationResult {
  status: number;
  body: Record<string, unknown>;
  headers?: Record<string, string>;
}

export interface RevalidationOptions {
  /** The configured secret (REVALIDATE_SECRET), or undefined when the server has none. */
  secret: string | undefined;
  /**
   * Regenerates one prerendered path (Next.js's `res.revalidate`). `onlyGenerated`: leave the path alone
   * when it has not been rendered yet (a preview image nobody asked for).
   */
  revalidate(path: string, options: { onlyGenerated: boolean }): Promise<void>;
}

function error(status: number, message: string, extra: Record<string, unknown> = {}) {
  return { status, body: { error: message, ...extra } };
}

/** 401 without the secret, 503 when the server has none; undefined when the request may go on. */
function authorize(request: RevalidationRequest, secret: string | undefined) {
  switch (checkBearerSecret(request.authorization, secret)) {
    case "not-configured":
      return error(
        503,
        `Revalidation is switched off: the server has no REVALIDATE_SECRET of at least ${MIN_SECRET_LENGTH} characters.`,
      );
    case "missing":
    case "wrong":
      return {
        ...error(401, "Send the revalidation secret as `Authorization: Bearer <secret>`."),
        headers: { "WWW-Authenticate": 'Bearer realm="revalidate"' },
      };
    case "ok":
      return undefined;
  }
}

/** The canonical codes asked for, or the error to answer. */
function readCodes(body: unknown): { codes: string[] } | RevalidationResult {
  const parsed = requestBodySchema.safeParse(body);
  if (!parsed.success)
    return error(
      400,
      `Send JSON like {"codes": ["D3351"]}: one to ${MAX_CODES} codes whose records changed.`,
    );
  const codes = parsed.data.codes.map((code) => normalizeCode(code) ?? code);
  // Only codes this build has a page for: a new code needs a rebuild (docs/deploy.md).
  const unknown = codes.filter((code) => !getCodeEntry(code));
  if (unknown.length > 0)
    return error(404, "No page for these codes on this site; nothing was revalidated.", {
      unknown,
    });
  return { codes: [...new Set(codes)] };
}

/**
 * Answers a revalidation request: checks the secret, reloads and validates the content, then regenerates
 * `/codes/<CODE>` for each code (and its preview image, when one was rendered), announcing each page
 * (lib/page-regeneration.ts) as soon as Next.js has written it.
 */
export async function revalidateCodes(
  request: RevalidationRequest,
  options: RevalidationOptions,
): Promise<RevalidationResult> {
  if (request.method !== "POST") return { ...error(405, "Use POST."), headers: { Allow: "POST" } };
  const refused = authorize(request, options.secret);
  if (refused) return refused;
  const asked = readCodes(request.body);
  if ("status" in asked) return asked;

  let collections: string[];
  try {
    collections = reloadCollections(["codes"]);
  } catch (problem) {
    if (!isContentProblem(problem)) throw problem;
    return error(
      422,
      "The content has problems; nothing was revalidated and the pages stay as they were.",
      { problems: problemLines(problem) },
    );
  }

  const paths = asked.codes.map(codePath);
  const failed: string[] = [];
  for (const path of paths) {
    try {
      await options.revalidate(path, { onlyGenerated: false });
      // The production server's fast path holds the old HTML in memory; it must not outlive this answer.
      announcePageRegenerated(path);
      await options.revalidate(`${path}/opengraph-image`, { onlyGenerated: true });
    } catch {
      failed.push(path);
    }
  }
  if (failed.length > 0)
    return error(500, "The content was reloaded but some pages could not be regenerated.", {
      revalidated: paths.filter((path) => !failed.includes(path)),
      failed,
      collections,
    });
  return { status: 200, body: { revalidated: paths, collections } };
}
