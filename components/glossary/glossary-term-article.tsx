import { SiteLink } from "@/components/layout/site-link";

import { Breadcrumbs, type Crumb } from "@/components/layout/breadcrumbs";
import { GLOSSARY_PATH, glossaryTermPath } from "@/lib/site";

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

export interface RelatedTermLink {
  slug: string;
  term: string;
  definition: string;
}

/** One glossary entry: the term, its short definition, the explanation and the terms to read next. */
export function GlossaryTermArticle({
  view,
  related,
  crumbs,
}: {
  view: GlossaryTermView;
  related: RelatedTermLink[];
  crumbs: Crumb[];
}) {
  return (
    <article className="max-w-3xl space-y-6">
      <header className="space-y-3">
        <Breadcrumbs items={crumbs} />
        <h1 className="text-3xl font-bold tracking-tight text-slate-950 dark:text-white">
          {view.term}
        </h1>
        {view.aliases.length > 0 && (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Also written as:{" "}
            <span className="text-slate-800 dark:text-slate-200">{view.aliases.join(", ")}</span>
          </p>
        )}
        <p className="text-lg text-slate-800 dark:text-slate-200">{view.definition}</p>
      </header>
      <div className="prose-record" dangerouslySetInnerHTML={{ __html: view.html }} />
      {related.length > 0 && (
        <section
          aria-labelledby="related-terms"
          className="space-y-2 border-t border-slate-200 pt-6 dark:border-slate-800"
        >
          <h2 id="related-terms" className="text-xl font-semibold">
            Related terms
          </h2>
          <ul className="grid gap-3 sm:grid-cols-2">
            {related.map((item) => (
              <li
                key={item.slug}
                className="rounded-md border border-slate-200 p-3 dark:border-slate-800"
              >
                <SiteLink
                  href={glossaryTermPath(item.slug)}
                  className="text-brand-700 dark:text-brand-300 font-medium hover:underline"
                >
                  {item.term}
                </SiteLink>
                <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{item.definition}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
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
