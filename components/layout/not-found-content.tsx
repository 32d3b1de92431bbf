import { SiteLink } from "@/components/layout/site-link";

import { SearchForm } from "@/components/layout/search-form";
import { BrowserCodeSuggestions } from "@/components/search/browser-code-suggestions";
import { CodeSuggestions } from "@/components/search/code-suggestions";
import type { CodeSuggestion } from "@/lib/search/suggest-codes";

/**
 * What an unknown address shows: near codes, search and a way back into the reference. A 404 that knows
 * the address passes the near codes in; a static one passes nothing, and the browser asks for them.
 */
export function NotFoundContent({ suggestions }: { suggestions?: readonly CodeSuggestion[] }) {
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p>
        There is no page at this address. If you were looking for a code, search for it or browse
        the code systems.
      </p>
      {suggestions ? <CodeSuggestions suggestions={suggestions} /> : <BrowserCodeSuggestions />}
      <SearchForm id="not-found-search" />
      <p>
        <SiteLink href="/codes" className="text-brand-700 dark:text-brand-300 underline">
          Browse all codes
        </SiteLink>
      </p>
    </div>
  );
}
