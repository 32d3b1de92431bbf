/** A link to another code's page, as code and reference pages list them (neighbours, replacements). */
import { entryLabel, type CodeEntry } from "@/lib/code-index";
import { codePath } from "@/lib/site";

export interface CodeLink {
  code: string;
  name: string;
  href: string;
}

/** The link to an entry of the code index, named as listings name it; undefined passes through. */
export function linkToEntry(entry: CodeEntry | undefined): CodeLink | undefined {
  return entry && { code: entry.code, name: entryLabel(entry), href: codePath(entry.code) };
}
