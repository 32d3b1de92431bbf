/**
 * The props of the 404 that answers an unknown code address such as /codes/D3315
 * (pages/code-not-found/[slug].tsx): the 404's head, the "Did you mean" list rendered on the server, and
 * the island script every page without a framework runtime loads (docs/islands.md).
 */
import { getIslandScriptUrl } from "@/lib/islands/island-scripts";
import { getNotFoundHead, type PageHeadData } from "@/lib/shell";

import { getCodeSuggestions, type CodeSuggestion } from "./suggest-codes";

export interface CodeNotFoundProps {
  head: PageHeadData;
  suggestions: CodeSuggestion[];
  islandScript: string;
}

/**
 * `typed` is the address's last segment as Next.js hands it to the page, already decoded once, so it is
 * not decoded again: /codes/%2544 arrives as "%44", which a second decode would turn into "D". A percent
 * sequence that is not UTF-8 never gets this far, because proxy.ts answers it with the plain 404. Any other
 * text, however odd, gets the 404 without suggestions.
 */
export function getCodeNotFoundProps(typed: string): CodeNotFoundProps {
  return {
    head: getNotFoundHead(),
    suggestions: getCodeSuggestions(typed),
    islandScript: getIslandScriptUrl("code-page"),
  };
}
