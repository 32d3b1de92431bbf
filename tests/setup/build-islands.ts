/**
 * Vitest global setup: code-page props name the island bundle from public/islands/manifest.json, which a
 * build writes. A fresh clone runs the unit tests before any build, so build the islands (about 50 ms).
 */
import path from "node:path";
import { buildIslands } from "../../scripts/build-islands.mjs";

export default function setup(): void {
  buildIslands(path.resolve(__dirname, "../.."));
}
