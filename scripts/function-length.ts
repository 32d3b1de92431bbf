/**
 * Measures how long the functions in React source files are, so the "no component function of 80 lines
 * or more" rule is checked by a test instead of by eye. `npx tsx scripts/function-length.ts [min]` lists
 * every function in components/ and app/ of `min` lines or more (default 80), longest first.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import ts from "typescript";

export interface FunctionLength {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** The declared name; an unnamed callback is named after the function it sits in, e.g. `Calculator/(anonymous)`. */
  name: string;
  /** 1-based line of the function's start. */
  line: number;
  /**
   * Lines from the function's first line to its last, both included: the signature and its destructured
   * props count, as they did when the architecture review counted `Calculator` at 277 lines.
   */
  lines: number;
}

type FunctionNode =
  ts.FunctionDeclaration | ts.FunctionExpression | ts.ArrowFunction | ts.MethodDeclaration;

function isFunction(node: ts.Node): node is FunctionNode {
  return (
    ts.isFunctionDeclaration(node) ||
    ts.isFunctionExpression(node) ||
    ts.isArrowFunction(node) ||
    ts.isMethodDeclaration(node)
  );
}

function declaredName(node: FunctionNode): string | undefined {
  if (node.name && ts.isIdentifier(node.name)) return node.name.text;
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (ts.isPropertyAssignment(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  return undefined;
}

/** Every function in one source text, with its length. */
export function measureFunctions(file: string, text: string): FunctionLength[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const lineOf = (position: number) => source.getLineAndCharacterOfPosition(position).line + 1;
  const found: FunctionLength[] = [];
  const visit = (node: ts.Node, enclosing: string | undefined) => {
    let next = enclosing;
    if (isFunction(node) && node.body) {
      const own = declaredName(node);
      const name = own ?? `${enclosing ?? "(module)"}/(anonymous)`;
      found.push({
        file,
        name,
        line: lineOf(node.getStart(source)),
        lines: lineOf(node.getEnd()) - lineOf(node.getStart(source)) + 1,
      });
      next = own ?? enclosing;
    }
    ts.forEachChild(node, (child) => visit(child, next));
  };
  visit(source, undefined);
  return found;
}

function listTsx(root: string, folder: string): string[] {
  return readdirSync(path.join(root, folder), { recursive: true, encoding: "utf8" })
    .filter((entry) => entry.endsWith(".tsx"))
    .map((entry) => path.posix.join(folder, entry.split(path.sep).join("/")))
    .sort();
}

/** The functions of every .tsx file under the given folders that are `min` lines or longer. */
export function findLongFunctions(
  root: string,
  folders: readonly string[],
  min: number,
): FunctionLength[] {
  return folders
    .flatMap((folder) => listTsx(root, folder))
    .flatMap((file) => measureFunctions(file, readFileSync(path.join(root, file), "utf8")))
    .filter((measured) => measured.lines >= min)
    .sort((a, b) => b.lines - a.lines || a.file.localeCompare(b.file));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const min = Number(process.argv[2] ?? 80);
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  for (const { file, line, name, lines } of findLongFunctions(root, ["components", "app"], min)) {
    console.log(`${String(lines).padStart(4)}  ${file}:${line}  ${name}`);
  }
}
