import { SourceMapGenerator } from "source-map-js";
import { describe, expect, it } from "vitest";

import { isOwnSource, splitByOrigin } from "../../../scripts/bench/script-origins";

describe("isOwnSource", () => {
  it("counts project files as own and packages, even inside the project, as not", () => {
    expect(isOwnSource("turbopack:///[project]/components/layout/site-link.tsx")).toBe(true);
    expect(isOwnSource("turbopack:///[project]/node_modules/react-dom/index.js")).toBe(false);
    expect(isOwnSource("turbopack:///[turbopack]/browser/runtime.ts")).toBe(false);
  });
});

describe("splitByOrigin", () => {
  it("attributes each generated span to the source its mapping names", () => {
    const own = "function ownCode(){return 1}";
    const other = "function reactCode(){return 2}";
    const code = `${other};${own}\n/*glue*/`;
    const map = new SourceMapGenerator({ file: "chunk.js" });
    map.addMapping({
      generated: { line: 1, column: 0 },
      original: { line: 1, column: 0 },
      source: "turbopack:///[project]/node_modules/react/index.js",
    });
    map.addMapping({
      generated: { line: 1, column: other.length + 1 },
      original: { line: 1, column: 0 },
      source: "turbopack:///[project]/components/own.tsx",
    });
    const origins = splitByOrigin(code, JSON.parse(map.toString()));
    expect(origins.ownBytes).toBe(own.length);
    expect(origins.otherBytes).toBe(code.length - own.length);
    expect(origins.ownGzipBytes).toBeGreaterThan(0);
  });
});
