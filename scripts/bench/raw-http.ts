/**
 * One HTTP request with node:http, for the load benchmark's checks and the tests that compare answers byte
 * for byte: the body as sent (fetch would decompress it) and the headers as sent, in their order.
 */
import http from "node:http";

export interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** Name, value, name, value, … as they came. */
  rawHeaders: string[];
  body: Buffer;
}

export function rawRequest(
  url: string,
  headers: Record<string, string> = {},
  method = "GET",
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    http
      .request(url, { method, headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            rawHeaders: response.rawHeaders,
            body: Buffer.concat(chunks),
          }),
        );
      })
      .on("error", reject)
      .end();
  });
}

/**
 * Whether the production server's fast path (lib/fast-path) answered a gzip request: it sends a compressed
 * page with its Content-Length, where Next.js streams it in chunks.
 */
export function answeredByFastPath(gzipped: RawAnswer): boolean {
  return (
    gzipped.headers["content-encoding"] === "gzip" &&
    gzipped.headers["content-length"] === String(gzipped.body.length)
  );
}
