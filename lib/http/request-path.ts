/**
 * The request header proxy.ts sets to the requested path, so a page rendered for an unknown address (the
 * 404 page) can read what was asked for: Next.js gives not-found pages no params or path.
 */
export const REQUEST_PATH_HEADER = "x-codeatlas-path";
