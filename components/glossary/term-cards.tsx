import { LinkList } from "@/components/ui/link-list";
import { glossaryTermPath } from "@/lib/site";

export interface TermCard {
  slug: string;
  term: string;
  definition: string;
}

/** Glossary terms as cards: each term linked to its page, with its one-sentence definition. */
export function TermCards({ terms, className }: { terms: readonly TermCard[]; className: string }) {
  return (
    <LinkList
      look="cards"
      className={className}
      items={terms.map((term) => ({
        href: glossaryTermPath(term.slug),
        label: term.term,
        description: term.definition,
      }))}
    />
  );
}
