import { CodeAttribution } from "@/components/code-page/code-attribution";
import { PageSection } from "@/components/code-page/page-section";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import type { ModifierPageProps } from "@/lib/modifiers/page-props";

import { ModifierList } from "./modifier-list";

const INDICATOR_LABELS: Record<string, string> = {
  "pc-tc": "PC/TC indicator: whether the code splits into professional and technical components",
  "global-period": "Global period and its pre-, intra- and post-operative shares",
  "multiple-procedures": "Multiple procedure indicator",
  "bilateral-surgery": "Bilateral surgery indicator",
  "assistant-at-surgery": "Assistant at surgery indicator",
  "co-surgeons": "Co-surgeon indicator",
  "team-surgery": "Team surgery indicator",
};

const ATTRIBUTION = {
  CPT: "CPT® modifiers are part of the CPT code set of the American Medical Association. The explanation on this page is CodeAtlas's own, not the AMA's descriptor.",
  "HCPCS Level II":
    "HCPCS Level II modifiers are maintained by the Centers for Medicare & Medicaid Services and are in the public domain.",
} as const;

/** One modifier: CMS's description (HCPCS Level II), our explanation, the indicators that govern it. */
export function ModifierPage({ modifier, related, hcpcsSource, breadcrumbs }: ModifierPageProps) {
  return (
    <article className="space-y-8">
      <header className="space-y-3">
        <Breadcrumbs items={breadcrumbs} />
        <h1 className="text-3xl font-bold tracking-tight text-slate-950 sm:text-4xl dark:text-white">
          Modifier <span className="font-mono">{modifier.modifier}</span>
          <span className="block text-2xl font-semibold text-slate-700 sm:text-3xl dark:text-slate-300">
            {modifier.html ? modifier.name : `${modifier.system} modifier`}
          </span>
        </h1>
        {modifier.summary && <p className="text-lg">{modifier.summary}</p>}
      </header>
      {modifier.hcpcsDescription && (
        <PageSection id="description" title="CMS description">
          <figure className="space-y-2">
            <blockquote className="border-l-4 border-slate-300 pl-4 dark:border-slate-700">
              {modifier.hcpcsDescription}
            </blockquote>
            <figcaption className="text-sm text-slate-600 dark:text-slate-400">
              From CMS, {hcpcsSource} (public domain).
            </figcaption>
          </figure>
        </PageSection>
      )}
      {modifier.html && (
        <PageSection id="explanation" title="How it is used">
          <div className="prose-record" dangerouslySetInnerHTML={{ __html: modifier.html }} />
        </PageSection>
      )}
      {modifier.indicators.length > 0 && (
        <PageSection id="indicators" title="Fee-schedule indicators that govern it">
          <p>
            Every code page shows these indicators from the CMS file, in words, and lists this
            modifier where they make it relevant:
          </p>
          <ul className="mt-2 list-disc pl-6">
            {modifier.indicators.map((id) => (
              <li key={id}>{INDICATOR_LABELS[id]}</li>
            ))}
          </ul>
        </PageSection>
      )}
      {related.length > 0 && (
        <PageSection id="related-modifiers" title="Compare with">
          <ModifierList items={related} />
        </PageSection>
      )}
      <footer>
        <CodeAttribution
          attribution={ATTRIBUTION[modifier.system]}
          dataRelease={undefined}
          lastReviewed={modifier.lastReviewed}
        />
      </footer>
    </article>
  );
}
