import { SiteLink } from "@/components/layout/site-link";
import type { CodeSuggestion } from "@/lib/search/suggest-codes";

/** "Did you mean" on the 404 page: codes close to the one in the address; nothing when there are none. */
export function CodeSuggestions({ suggestions }: { suggestions: readonly CodeSuggestion[] }) {
  if (suggestions.length === 0) return null;
  return (
    <section aria-labelledby="suggestions-heading" className="space-y-2">
      <h2 id="suggestions-heading" className="text-lg font-semibold">
        Did you mean
      </h2>
      <ul className="space-y-1">
        {suggestions.map((suggestion) => (
          <li key={suggestion.code}>
            <SiteLink
              href={suggestion.href}
              className="text-brand-700 dark:text-brand-300 underline"
            >
              <span className="font-mono font-semibold">{suggestion.code}</span> {suggestion.name}
            </SiteLink>
          </li>
        ))}
      </ul>
    </section>
  );
}
