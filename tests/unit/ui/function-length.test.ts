/**
 * No component or route function of 80 lines or more: past that, a component is doing several jobs and
 * should be split into named parts (see components/calculator for the pattern).
 */
import path from "node:path";

import { describe, expect, it } from "vitest";

import { findLongFunctions, measureFunctions } from "../../../scripts/function-length";

const ROOT = path.resolve(__dirname, "../../..");
const MAX_LINES = 79;

/**
 * Folders another change owns and is rewriting now; their long functions are split there, not here.
 * Remove an entry as soon as its folder passes (the last test below says when).
 */
const ALLOWED: readonly string[] = [];

const long = findLongFunctions(ROOT, ["components", "app"], MAX_LINES + 1);
const describeLong = (found: typeof long) =>
  found.map(({ file, line, name, lines }) => `${file}:${line} ${name} (${lines} lines)`);

describe("measureFunctions", () => {
  it("counts each function from its first line to its last, signature included", () => {
    const text = [
      "export function Card({", // 1
      "  title,", // 2
      "}: { title: string }) {", // 3
      "  return <h2>{title}</h2>;", // 4
      "}", // 5
      "const useThing = () => 1;", // 6
    ].join("\n");
    expect(measureFunctions("card.tsx", text)).toEqual([
      { file: "card.tsx", name: "Card", line: 1, lines: 5 },
      { file: "card.tsx", name: "useThing", line: 6, lines: 1 },
    ]);
  });

  it("names an unnamed callback after the function it sits in", () => {
    const text = "function List() {\n  return [1].map((n) => (\n    <li>{n}</li>\n  ));\n}";
    expect(measureFunctions("list.tsx", text).map(({ name, lines }) => [name, lines])).toEqual([
      ["List", 5],
      ["List/(anonymous)", 3],
    ]);
  });
});

describe("component and route functions", () => {
  it(`are all under ${MAX_LINES + 1} lines outside the folders another change owns`, () => {
    const offenders = long.filter(({ file }) => !ALLOWED.some((folder) => file.startsWith(folder)));
    expect(describeLong(offenders)).toEqual([]);
  });

  it("allow only folders that still need it", () => {
    const stale = ALLOWED.filter((folder) => !long.some(({ file }) => file.startsWith(folder)));
    expect(stale, "these folders have no long function left: remove them from ALLOWED").toEqual([]);
  });
});
