import { SiteLink } from "@/components/layout/site-link";

import { Breadcrumbs, type Crumb } from "@/components/layout/breadcrumbs";
import { Heading } from "@/components/ui/heading";
import { Section } from "@/components/ui/section";
import { GLOSSARY_PATH } from "@/lib/site";

import { TermCards, type TermCard } from "./term-cards";

export interface GlossaryTermView {
  term: string;
  aliases: readonly string[];
  definition: string;
  /** Sanitised HTML of the body. */
  html: string;
  lastReviewed: string;
  /** Labels of the fee-schedule releases the body quotes, e.g. "2025 October release (RVU25D)". */
  releaseLabels: readonly string[];
}

function RelatedTerms({ related }: { related: TermCard[] }) {
  if (related.length === 0) return null;
  return (
    <Section
      headingId="related-terms"
      title="Related terms"
      className="space-y-2 border-t border-slate-200 pt-6 dark:border-slate-800"
    >
      <TermCards terms={related} className="grid gap-3 sm:grid-cols-2" />
    </Section>
  );
}

/** One glossary entry: the term, its short definition, the explanation and the terms to read next. */
export function GlossaryTermArticle({
  view,
  related,
  crumbs,
}: {
  view: GlossaryTermView;
  related: TermCard[];
  crumbs: Crumb[];
}) {
  return (
    <article className="max-w-3xl space-y-6">
      <header className="space-y-3">
        <Breadcrumbs items={crumbs} />
        <Heading level={1} look="title">
          {view.term}
        </Heading>
        {view.aliases.length > 0 && (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Also written as:{" "}
            <span className="text-slate-800 dark:text-slate-200">{view.aliases.join(", ")}</span>
          </p>
        )}
        <p className="text-lg text-slate-800 dark:text-slate-200">{view.definition}</p>
      </header>
      <div className="prose-record" dangerouslySetInnerHTML={{ __html: view.html }} />
      <RelatedTerms related={related} />
      <footer className="space-y-1 border-t border-slate-200 pt-4 text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400">
        {view.releaseLabels.length > 0 && (
          <p>Figures: CMS Physician Fee Schedule, {view.releaseLabels.join("; ")}.</p>
        )}
        <p>Last reviewed {view.lastReviewed}.</p>
        <p>
          <SiteLink href={GLOSSARY_PATH} className="text-brand-700 dark:text-brand-300 underline">
            Back to the glossary
          </SiteLink>
        </p>
      </footer>
    </article>
  );
}
