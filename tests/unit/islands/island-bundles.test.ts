/**
 * The island bundles stay small enough for a phone: each page's script (its entry and the chunks the
 * entry imports statically) within its gzipped budget, and no Next.js or React DOM module inside, which
 * is how a component that imports next/link would show up (docs/islands.md).
 */
import path from "node:path";
import zlib from "node:zlib";

import type { Metafile, OutputFile } from "esbuild";
import { describe, expect, it } from "vitest";

import { bundleIslands } from "../../../scripts/build-islands.mjs";

const ROOT = path.resolve(__dirname, "../../..");
/** Gzipped bytes each page may load before its island runs (issue #16's code-page target; #20's log page). */
const BUDGETS: Record<string, number> = {
  "code-page": 10 * 1024,
  calculator: 40 * 1024,
  log: 40 * 1024,
};

const bundles = bundleIslands(ROOT);

/** The entry's output and every chunk it imports statically: what the page fetches before it runs. */
function loadedOnStart(metafile: Metafile, outputs: OutputFile[]) {
  const byPath = Object.fromEntries(outputs.map((file) => [path.relative(ROOT, file.path), file]));
  // A dynamic import's chunk has an entry point too: the page's entry is the *.entry.ts(x) file.
  const entry = Object.keys(metafile.outputs).find((key) =>
    /\.entry\.tsx?$/.test(metafile.outputs[key]!.entryPoint ?? ""),
  )!;
  const seen = new Set<string>();
  const visit = (output: string) => {
    if (seen.has(output)) return;
    seen.add(output);
    for (const imported of metafile.outputs[output]!.imports)
      if (imported.kind === "import-statement") visit(imported.path);
  };
  visit(entry);
  return [...seen].map((output) => ({ output, file: byPath[output]! }));
}

describe.each(Object.keys(BUDGETS))("the %s island", (name) => {
  const { metafile, outputFiles } = bundles[name]!;

  it("is within its gzipped budget", () => {
    const loaded = loadedOnStart(metafile, outputFiles);
    expect(loaded[0]!.output).toMatch(new RegExp(`^public/islands/${name}-\\w+\\.js$`));
    const gzipped = loaded.reduce((sum, { file }) => sum + zlib.gzipSync(file.contents).length, 0);
    expect(gzipped).toBeLessThanOrEqual(BUDGETS[name]!);
  });

  it("bundles no Next.js or React DOM module", () => {
    const inputs = Object.keys(metafile.inputs);
    expect(inputs.filter((input) => /node_modules\/(next|react-dom|react)\//.test(input))).toEqual(
      [],
    );
  });
});

describe("the log's file reader", () => {
  const { metafile, outputFiles } = bundles.log!;
  const withZod = Object.keys(metafile.outputs).filter((output) =>
    Object.keys(metafile.outputs[output]!.inputs).some((input) =>
      input.includes("node_modules/zod/"),
    ),
  );

  it("carries zod only in chunks fetched on import or export, and zod/mini keeps them small", () => {
    expect(withZod.length).toBeGreaterThan(0);
    const onStart = new Set(loadedOnStart(metafile, outputFiles).map(({ output }) => output));
    expect(withZod.filter((output) => onStart.has(output))).toEqual([]);
    const files = outputFiles.filter((file) => withZod.includes(path.relative(ROOT, file.path)));
    const gzipped = files.reduce((sum, file) => sum + zlib.gzipSync(file.contents).length, 0);
    // The full zod made this chunk 93 KB.
    expect(gzipped).toBeLessThanOrEqual(16 * 1024);
  });
});

it("every entry has a budget", () => {
  expect(Object.keys(bundles).sort()).toEqual(Object.keys(BUDGETS).sort());
});
