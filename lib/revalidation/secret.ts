/**
 * The revalidation endpoint's secret: read from the environment, compared in constant time, never logged
 * or echoed.
 */
import { createHash, timingSafeEqual } from "node:crypto";

/** Shorter secrets are refused: the endpoint rewrites public pages, so the key must not be guessable. */
export const MIN_SECRET_LENGTH = 32;

export type SecretCheck = "ok" | "missing" | "wrong" | "not-configured";

/**
 * Whether an `Authorization: Bearer <secret>` header carries the configured secret. Both sides are hashed
 * first, so the comparison takes the same time whatever the length or the first wrong character of a
 * guess.
 */
export function checkBearerSecret(
  authorization: string | undefined,
  configured: string | undefined,
): SecretCheck {
  if (!configured || configured.length < MIN_SECRET_LENGTH) return "not-configured";
  const offered = /^Bearer (.+)$/.exec(authorization ?? "")?.[1];
  if (offered === undefined) return "missing";
  const digest = (text: string) => createHash("sha256").update(text).digest();
  return timingSafeEqual(digest(offered), digest(configured)) ? "ok" : "wrong";
}
