import { SiteLink } from "@/components/layout/site-link";

import type { SearchHit } from "@/lib/search";

const KIND_LABELS = { code: "", glossary: "Glossary", post: "Blog" } as const;

export function SearchResults({
  query,
  hits,
  problem,
}: {
  query: string;
  hits: SearchHit[];
  problem?: string;
}) {
  if (problem) return <p role="alert">{problem}</p>;
  if (!query)
    return (
      <p>Type a code (D3351, 99213), a name or plain words (teeth cleaning, knee replacement).</p>
    );
  if (hits.length === 0) {
    return (
      <p role="status">
        No results for “{query}”. Check the spelling, try fewer words, or{" "}
        <SiteLink className="underline" href="/codes">
          browse the codes
        </SiteLink>
        .
      </p>
    );
  }
  return (
    <section aria-labelledby="results-heading" className="space-y-3">
      <h2 id="results-heading" className="text-lg font-semibold">
        {hits.length === 1 ? "1 result" : `${hits.length} results`} for “{query}”
      </h2>
      <ol className="divide-y divide-slate-200 rounded-md border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
        {hits.map((hit) => (
          <li key={hit.href} className="p-3">
            <SiteLink
              href={hit.href}
              className="text-brand-700 dark:text-brand-300 font-medium hover:underline"
            >
              {hit.code && <span className="font-mono font-semibold">{hit.code} </span>}
              {hit.name}
            </SiteLink>
            <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs dark:bg-slate-800">
              {hit.systemLabel || KIND_LABELS[hit.kind]}
            </span>
            <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{hit.description}</p>
            <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">
              Matched: {hit.matched}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
