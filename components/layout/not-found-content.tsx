import { SiteLink } from "@/components/layout/site-link";

import { SearchForm } from "@/components/layout/search-form";
import { BrowserCodeSuggestions } from "@/components/search/browser-code-suggestions";
import { CodeSuggestions } from "@/components/search/code-suggestions";
import type { CodeSuggestion } from "@/lib/search/suggest-codes";

/**
 * What an unknown address shows: near codes, search and a way back into the reference.
 *
 * `suggestions` comes from the server when it knows the address: an unknown code under /codes/ is
 * answered per request (pages/code-not-found/[slug].tsx), so the list is in the HTML for crawlers and
 * readers without JavaScript. The two static 404s (app/not-found.tsx, pages/404.tsx) answer every other
 * address and stay static, as the pages they stand in for are: reading the request there would make
 * Next.js render every App Router page per request. They pass nothing and the browser asks for the list,
 * which still helps with an address like /codes/cdt/D3315.
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
