/**
 * Splits a record into frontmatter and body with gray-matter, parsing YAML as YAML 1.2 core: no octal
 * numbers (00100 stays recoverable) and no timestamps (bare dates stay strings).
 */
import matter from "gray-matter";
import { isMap, parse, parseDocument, YAMLParseError, type Node } from "yaml";

const YAML_OPTIONS = { version: "1.2", schema: "core" } as const;

export interface ParsedRecordFile {
  data: unknown;
  body: string;
  /** Line in the file where the body starts (1-based), for locating body problems. */
  bodyStartLine: number;
  /** Finds the file line of a field path, for error messages. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

export class FrontmatterSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number | undefined,
  ) {
    super(message);
  }
}

function countLines(text: string): number {
  return text.split("\n").length - 1;
}

/**
 * Parses a record. CRLF files are normalised first so authors on any platform get the same result.
 * Throws FrontmatterSyntaxError when the YAML cannot be read or there is no frontmatter at all.
 */
export function parseRecordFile(source: string): ParsedRecordFile {
  const text = source.replace(/\r\n?/g, "\n").replace(/^\uFEFF/, "");
  if (!text.startsWith("---\n")) {
    throw new FrontmatterSyntaxError(
      'the file must start with a "---" line that opens the frontmatter',
      1,
    );
  }
  let file: matter.GrayMatterFile<string>;
  try {
    // Passing options also keeps gray-matter from caching and sharing its result object between calls.
    file = matter(text, {
      engines: { yaml: (input: string) => parse(input, YAML_OPTIONS) as object },
    });
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const line = error.linePos?.[0]?.line;
      // The parser's own position is relative to the frontmatter; the file line is reported instead.
      const firstLine = (error.message.split("\n")[0] ?? error.message).replace(
        / at line \d+, column \d+:?$/,
        "",
      );
      // The frontmatter text starts on the opening "---" line, so its line numbers are file line numbers.
      throw new FrontmatterSyntaxError(`invalid YAML: ${firstLine}`, line);
    }
    throw error;
  }
  const frontmatterLines = countLines(file.matter) + 2;
  const bodyStartLine = frontmatterLines + 1;

  return {
    data: file.data,
    body: file.content,
    bodyStartLine,
    lineOf(fieldPath) {
      const document = parseDocument(file.matter, YAML_OPTIONS);
      let node: unknown = document.getIn(fieldPath as unknown[], true);
      // For unknown-key errors the path names the key itself; point at the key rather than its value.
      if (!node && fieldPath.length > 0) {
        const parent = document.getIn(fieldPath.slice(0, -1) as unknown[], true);
        if (isMap(parent)) {
          const pair = parent.items.find(
            (item) => (item.key as { value?: unknown } | null)?.value === fieldPath.at(-1),
          );
          node = pair?.key;
        }
      }
      const range = (node as Node | undefined)?.range;
      if (!range) return undefined;
      return 1 + countLines(file.matter.slice(0, range[0]));
    },
  };
}
