/**
 * Splits a production script into the site's own code and package code (React, Next.js, Turbopack's
 * runtime) using its source map. Turbopack bundles both into the same content-hashed chunks, so file names
 * cannot tell them apart; the map says, for every generated character, which source file it came from.
 */
import { gzipSync } from "node:zlib";

import { SourceMapConsumer, type RawSourceMap } from "source-map-js";

export interface ScriptOrigins {
  /** Uncompressed bytes generated from the project's own files (app/, components/, lib/, pages/). */
  ownBytes: number;
  /** The same code gzipped on its own: what the site's code adds to the transfer. */
  ownGzipBytes: number;
  /** Uncompressed bytes generated from packages or left unmapped (runtime glue). */
  otherBytes: number;
}

/** A source is the project's own when it is under the project root and not inside node_modules. */
export function isOwnSource(source: string): boolean {
  return source.includes("[project]/") && !source.includes("node_modules/");
}

/** Attributes every character of `code` to the source its mapping names; unmapped text counts as other. */
export function splitByOrigin(code: string, map: RawSourceMap): ScriptOrigins {
  const lines = code.split("\n");
  const consumer = new SourceMapConsumer(map);
  // Each mapping covers its generated line from its column to the next mapping's column.
  const segments: { line: number; column: number; own: boolean }[] = [];
  consumer.eachMapping((mapping) => {
    segments.push({
      line: mapping.generatedLine,
      column: mapping.generatedColumn,
      own: mapping.source !== null && isOwnSource(mapping.source),
    });
  });
  segments.sort((a, b) => a.line - b.line || a.column - b.column);
  let own = "";
  for (const [index, segment] of segments.entries()) {
    if (!segment.own) continue;
    const next = segments[index + 1];
    const text = lines[segment.line - 1] ?? "";
    const end = next && next.line === segment.line ? next.column : text.length;
    own += text.slice(segment.column, end);
  }
  const ownBytes = Buffer.byteLength(own);
  return {
    ownBytes,
    ownGzipBytes: ownBytes > 0 ? gzipSync(own, { level: 9 }).length : 0,
    otherBytes: Buffer.byteLength(code) - ownBytes,
  };
}

/** Fetches a served script and the map its sourceMappingURL comment names (Turbopack hashes map names
 * separately, so it is not simply `<script>.map`); undefined when the build has no source map for it. */
export async function fetchScriptOrigins(url: string): Promise<ScriptOrigins | undefined> {
  const script = await fetch(url);
  if (!script.ok) return undefined;
  const code = await script.text();
  const mapName = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(code)?.[1];
  if (!mapName) return undefined;
  const map = await fetch(new URL(mapName, url));
  if (!map.ok) return undefined;
  return splitByOrigin(code, (await map.json()) as RawSourceMap);
}
