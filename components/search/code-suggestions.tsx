"use client";

import { SiteLink } from "@/components/layout/site-link";
import { useEffect, useState } from "react";

interface Suggestion {
  code: string;
  name: string;
  href: string;
}

/**
 * "Did you mean" for the 404 page. The page itself is static (so every route stays prerendered), so the
 * mistyped path is read in the browser; without JavaScript the search form below still helps.
 */
export function CodeSuggestions() {
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);

  useEffect(() => {
    const segment = window.location.pathname.split("/").filter(Boolean).at(-1) ?? "";
    let typed = "";
    try {
      typed = decodeURIComponent(segment);
    } catch {
      return;
    }
    if (!typed) return;
    const controller = new AbortController();
    fetch(`/api/code-suggestions?code=${encodeURIComponent(typed.slice(0, 40))}`, {
      signal: controller.signal,
    })
      .then((response) => (response.ok ? response.json() : { suggestions: [] }))
      .then((body: { suggestions: Suggestion[] }) => setSuggestions(body.suggestions))
      .catch(() => undefined);
    return () => controller.abort();
  }, []);

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
