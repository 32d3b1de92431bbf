import { Breadcrumbs, type Crumb } from "@/components/layout/breadcrumbs";
import { Heading } from "@/components/ui/heading";
import type { LetterGroup } from "@/lib/glossary/alphabet";
import type { GlossaryTermSummary } from "@/lib/glossary/glossary-page-props";

import { GlossaryIndex } from "./glossary-index";

/** /resources/glossary: what the glossary is, then every term A–Z. */
export function GlossaryIndexPage({
  crumbs,
  groups,
  letters,
}: {
  crumbs: Crumb[];
  groups: LetterGroup<GlossaryTermSummary>[];
  letters: string[];
}) {
  return (
    <div className="max-w-3xl space-y-6">
      <Breadcrumbs items={crumbs} />
      <Heading level={1}>Glossary</Heading>
      <p className="text-slate-700 dark:text-slate-300">
        The words you meet on code pages and in Medicare fee-schedule files, A–Z. Each term has its
        own page with a fuller explanation and the terms to read next.
      </p>
      <GlossaryIndex groups={groups} letters={letters} />
    </div>
  );
}
