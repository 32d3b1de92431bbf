"use client";

import { useEffect, useState } from "react";

import { CodeSuggestions } from "@/components/search/code-suggestions";
import type { CodeSuggestion } from "@/lib/search/suggest-codes";

/**
 * "Did you mean" for the static 404 pages, which cannot know the address they answer: the browser reads
 * the path's last segment and asks /api/code-suggestions. Without JavaScript the search form still helps.
 */
export function BrowserCodeSuggestions() {
  const [suggestions, setSuggestions] = useState<CodeSuggestion[]>([]);

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
      .then((body: { suggestions: CodeSuggestion[] }) => setSuggestions(body.suggestions))
      .catch(() => undefined);
    return () => controller.abort();
  }, []);

  return <CodeSuggestions suggestions={suggestions} />;
}
