import { Breadcrumbs, type Crumb } from "@/components/layout/breadcrumbs";
import { Heading } from "@/components/ui/heading";
import { LinkList } from "@/components/ui/link-list";
import { careerGuidePath } from "@/lib/site";

export interface CareerGuideView {
  title: string;
  description: string;
  /** Sanitised HTML of the guide. */
  html: string;
  lastReviewed: string;
  /** Labels of the fee-schedule releases the figures come from. */
  releaseLabels: readonly string[];
}

/** A career-stage guide, with the data release of its figures and links to the other guides. */
export function CareerGuideArticle({
  view,
  crumbs,
  otherGuides,
}: {
  view: CareerGuideView;
  crumbs: Crumb[];
  otherGuides: { slug: string; label: string }[];
}) {
  return (
    <article className="max-w-3xl space-y-6">
      <header className="space-y-3">
        <Breadcrumbs items={crumbs} />
        <Heading level={1} look="title">
          {view.title}
        </Heading>
        <p className="text-lg text-slate-700 dark:text-slate-300">{view.description}</p>
      </header>
      <div
        className="prose-record [&_h2]:mt-8 [&_h2]:text-xl [&_h2]:font-semibold [&_table]:block [&_table]:overflow-x-auto sm:[&_table]:table"
        dangerouslySetInnerHTML={{ __html: view.html }}
      />
      <footer className="space-y-3 border-t border-slate-200 pt-4 text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400">
        {view.releaseLabels.length > 0 && (
          <p>
            Figures come from the CMS Physician Fee Schedule, {view.releaseLabels.join("; ")}:
            national amounts before geographic adjustment, filled in from the imported data when the
            site is built.
          </p>
        )}
        <p>Last reviewed {view.lastReviewed}.</p>
        {otherGuides.length > 0 && (
          <nav aria-label="Other career guides">
            <p className="font-medium text-slate-800 dark:text-slate-200">Other guides</p>
            <LinkList
              look="underlined"
              className="mt-1 flex flex-wrap gap-4"
              items={otherGuides.map((guide) => ({
                href: careerGuidePath(guide.slug),
                label: guide.label,
              }))}
            />
          </nav>
        )}
      </footer>
    </article>
  );
}
