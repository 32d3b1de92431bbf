import { SiteLink } from "@/components/layout/site-link";

import { Section } from "@/components/ui/section";
import type { LetterGroup } from "@/lib/glossary/alphabet";
import { GLOSSARY_PATH, glossaryTermPath } from "@/lib/site";

export interface GlossaryIndexEntry {
  slug: string;
  term: string;
  aliases: readonly string[];
  definition: string;
}

/**
 * Jump links for every letter; letters without a term are shown but not linked. The page has no client
 * router (docs/islands.md), so they are plain fragment links and Back works as browsers make it work.
 */
function LetterNav({
  letters,
  present,
}: {
  letters: readonly string[];
  present: ReadonlySet<string>;
}) {
  return (
    <nav aria-label="Glossary letters">
      <ul className="flex flex-wrap gap-1">
        {letters.map((letter) => (
          <li key={letter}>
            {present.has(letter) ? (
              <SiteLink
                href={`${GLOSSARY_PATH}#letter-${letter}`}
                className="text-brand-700 dark:text-brand-300 block w-8 rounded border border-slate-200 py-1 text-center font-medium hover:bg-slate-100 dark:border-slate-800 dark:hover:bg-slate-900"
              >
                {letter}
              </SiteLink>
            ) : (
              <span
                aria-hidden="true"
                className="block w-8 py-1 text-center text-slate-300 dark:text-slate-700"
              >
                {letter}
              </span>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** One letter's terms, each linked to its page, with its one-sentence definition and other names. */
function TermList({ terms }: { terms: readonly GlossaryIndexEntry[] }) {
  return (
    <dl className="space-y-4">
      {terms.map((term) => (
        <div key={term.slug}>
          <dt>
            <SiteLink
              href={glossaryTermPath(term.slug)}
              className="text-brand-700 dark:text-brand-300 font-medium hover:underline"
            >
              {term.term}
            </SiteLink>
          </dt>
          <dd className="mt-1 text-sm text-slate-700 dark:text-slate-300">
            {term.definition}
            {term.aliases.length > 0 && (
              <span className="mt-1 block text-slate-500 dark:text-slate-400">
                Also: {term.aliases.join(", ")}
              </span>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** The A–Z glossary: letter jump links, then each letter's terms with their one-sentence definitions. */
export function GlossaryIndex({
  groups,
  letters,
}: {
  groups: LetterGroup<GlossaryIndexEntry>[];
  letters: readonly string[];
}) {
  return (
    <div className="space-y-8">
      <LetterNav letters={letters} present={new Set(groups.map((group) => group.letter))} />
      {groups.map((group) => (
        <Section
          key={group.letter}
          id={`letter-${group.letter}`}
          headingId={`letter-${group.letter}-heading`}
          title={group.letter}
          headingClassName="border-b border-slate-200 pb-1 dark:border-slate-800"
          className="scroll-mt-4 space-y-3"
        >
          <TermList terms={group.terms} />
        </Section>
      ))}
    </div>
  );
}
