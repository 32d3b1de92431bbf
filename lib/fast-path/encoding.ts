/**
 * Which content coding Next.js's `compression` middleware (next/dist/compiled/compression, mounted by
 * its router server when next.config `compress` is on) picks for a request, so the fast path sends the
 * same. The middleware asks its negotiator for the first of gzip, deflate and identity the client
 * accepts, and takes gzip over deflate whenever the client accepts both.
 *
 * Only a plain list of codings (`gzip, deflate, br, zstd`: what browsers and curl send) is decided here;
 * q-values and wildcards are rare and subtle, so those requests are left to Next.js.
 */

export type ContentCoding = "gzip" | "deflate" | "identity";

/** The middleware does not compress bodies below 1 KB (its `threshold`). */
export const COMPRESSION_THRESHOLD_BYTES = 1024;

const OFFERED: readonly ContentCoding[] = ["gzip", "deflate", "identity"];

/**
 * The coding for an Accept-Encoding header, or undefined when the header uses q-values or `*`.
 * Without the header, or with only unknown codings, a client gets identity: the negotiator accepts
 * identity whenever the client does not refuse it, ranked after every coding the client names.
 */
export function chooseContentCoding(acceptEncoding: string | undefined): ContentCoding | undefined {
  if (!acceptEncoding) return "identity";
  if (/[;*]/.test(acceptEncoding)) return undefined;
  const named = acceptEncoding
    .split(",")
    .map((coding) => coding.trim().toLowerCase())
    .filter(Boolean);
  // The negotiator ranks codings of equal quality by where the client names them; identity, when not
  // named, comes last.
  const rank = (coding: ContentCoding) => {
    const at = named.indexOf(coding);
    return at >= 0 ? at : coding === "identity" ? named.length : -1;
  };
  const first = (offered: readonly ContentCoding[]) =>
    offered.filter((coding) => rank(coding) >= 0).sort((a, b) => rank(a) - rank(b))[0]!;
  const coding = first(OFFERED);
  // "we really don't prefer deflate" (the middleware's words): a client that accepts gzip too gets gzip,
  // unless it named identity before gzip.
  if (coding === "deflate" && named.includes("gzip")) return first(["gzip", "identity"]);
  return coding;
}
