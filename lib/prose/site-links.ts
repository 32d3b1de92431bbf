/**
 * Checks the site links an author writes in Markdown (`[99213](/codes/99213)`,
 * `[GPCI](/resources/glossary/gpci)`) against the records that exist, so a typo fails validation instead
 * of shipping a link to a 404. Glossary entries and career guides share it.
 */
import { normalizeCode } from "@/lib/codes/code-system";
import { didYouMean, type ContentProblem } from "@/lib/content/problems";
import { CAREER_PATH, GLOSSARY_PATH } from "@/lib/site";

export interface SiteLinkTargets {
  /** Codes with a record in content/codes. */
  codes: ReadonlySet<string>;
  /** Glossary term slugs. */
  glossary: ReadonlySet<string>;
  /** Career guide slugs. */
  career: ReadonlySet<string>;
}

/** `](/path)`, `](</path>)` and reference definitions `[label]: /path`. */
const LINK_TARGETS = [/\]\(\s*<?(\/[^)\s>]*)/g, /^ {0,3}\[[^\]]+\]:\s*<?(\/[^\s>]*)/gm];

function lineAt(text: string, index: number): number {
  return text.slice(0, index).split("\n").length - 1;
}

/** What is wrong with one site path, or undefined when it points at a page that exists (or is not checked). */
function checkPath(target: string, targets: SiteLinkTargets): string | undefined {
  const pathname = target.replace(/[?#].*$/, "").replace(/(.)\/+$/, "$1");
  const [, section, rest] =
    /^(\/codes|\/resources\/glossary|\/career)\/([^/]+)$/.exec(pathname) ?? [];
  if (!section || !rest) return undefined;
  if (section === "/codes") {
    const code = normalizeCode(rest);
    if (!code) return undefined;
    if (!targets.codes.has(code))
      return `${code} has no record in content/codes${didYouMean(code, targets.codes, 1)}`;
    return code === rest ? undefined : `write the code as the page URL has it: /codes/${code}`;
  }
  if (section === GLOSSARY_PATH && !targets.glossary.has(rest)) {
    return `no glossary term "${rest}"${didYouMean(rest, targets.glossary)}`;
  }
  if (section === CAREER_PATH && !targets.career.has(rest)) {
    return `no career guide "${rest}"${didYouMean(rest, targets.career)}`;
  }
  return undefined;
}

/**
 * Problems for every link to a missing code, glossary term or career guide in a Markdown text.
 *
 * @param firstLine file line of the text's first line
 */
export function checkSiteLinks(
  markdown: string,
  file: string,
  firstLine: number,
  targets: SiteLinkTargets,
): ContentProblem[] {
  return LINK_TARGETS.flatMap((pattern) =>
    [...markdown.matchAll(pattern)].flatMap((match) => {
      const target = match[1]!;
      const message = checkPath(target, targets);
      return message
        ? [
            {
              file,
              line: firstLine + lineAt(markdown, match.index),
              field: "body",
              message: `link ${target}: ${message}`,
            },
          ]
        : [];
    }),
  );
}
