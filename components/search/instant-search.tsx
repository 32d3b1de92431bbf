"use client";

import { useEffect, useRef, useState } from "react";

import { useSiteNavigate } from "@/components/layout/router-link";
import {
  SuggestionList,
  suggestionKeyHandler,
  type SuggestionsState,
} from "@/components/search/suggestion-list";
import {
  isSearchShortcut,
  SITE_SEARCH_INPUT_ID,
  SITE_SEARCH_LISTBOX_ID,
  SUGGEST_DEBOUNCE_MS,
  suggestionOptionId,
  suggestionsAnnouncement,
  suggestionsUrl,
  type Suggestion,
} from "@/lib/search/combobox";

/** "/" (outside a text field) focuses the search input. */
function useSearchShortcut(inputRef: React.RefObject<HTMLInputElement | null>) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isSearchShortcut(event)) {
        event.preventDefault();
        inputRef.current?.focus();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [inputRef]);
}

/**
 * The suggestions for a query, fetched after a pause in typing, and the popup's state: whether it is open
 * and which option is active (-1: none). A new list opens the popup with no option active.
 */
function useSuggestions(query: string) {
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  useEffect(() => {
    const trimmed = query.trim();
    if (!trimmed) return;
    const controller = new AbortController();
    const timer = window.setTimeout(async () => {
      try {
        const response = await fetch(suggestionsUrl(trimmed), { signal: controller.signal });
        if (!response.ok) return;
        const body = (await response.json()) as { results: Suggestion[] };
        setSuggestions(body.results);
        setActive(-1);
        setOpen(true);
      } catch {
        // Aborted by a newer keystroke, or offline: the form still submits to /search.
      }
    }, SUGGEST_DEBOUNCE_MS);
    return () => {
      controller.abort();
      window.clearTimeout(timer);
    };
  }, [query]);

  const expanded = open && query.trim() !== "" && suggestions.length > 0;
  return { suggestions, setSuggestions, setOpen, active, setActive, expanded };
}

/** The header's listbox: its suggestions open their pages; hovering one makes it active. */
function HeaderSuggestions({
  list,
  onChoose,
  onHover,
}: {
  list: SuggestionsState<Suggestion>;
  onChoose: (href: string) => void;
  onHover?: (index: number) => void;
}) {
  return (
    <SuggestionList
      // A fixed id rather than useId(): React's generated ids are not valid HTML ids, and there is one header.
      id={SITE_SEARCH_LISTBOX_ID}
      label="Search suggestions"
      className="absolute top-full right-0 left-0 z-40 mt-1 max-h-96 overflow-y-auto rounded-md border border-slate-200 bg-white py-1 shadow-xl dark:border-slate-700 dark:bg-slate-900"
      list={list}
      optionId={suggestionOptionId}
      optionKey={(suggestion) => suggestion.href}
      optionClassName={(isActive) =>
        `cursor-pointer px-3 py-2 text-sm ${isActive ? "bg-brand-50 dark:bg-slate-800" : ""}`
      }
      renderOption={(suggestion) => (
        <>
          {suggestion.code && <span className="font-mono font-semibold">{suggestion.code} </span>}
          {suggestion.name}
          <span className="ml-2 text-xs text-slate-500 dark:text-slate-400">
            {suggestion.systemLabel}
          </span>
        </>
      )}
      onChoose={(suggestion) => onChoose(suggestion.href)}
      onHover={onHover}
    />
  );
}

/**
 * The header search's markup: a plain GET form to /search (works without JavaScript) shaped as an ARIA 1.2
 * combobox. InstantSearch fills in its behaviour with React; StaticSiteSearch prints it for pages without
 * the React runtime, where components/islands/site-search.ts gives it the same behaviour.
 */
function SearchFormFrame({
  expanded,
  input,
  listbox,
  status,
}: {
  expanded: boolean;
  input: React.ComponentProps<"input">;
  listbox: React.ReactNode;
  status: string;
}) {
  return (
    <form
      action="/search"
      method="get"
      role="search"
      aria-label="Site search"
      className="relative flex w-full gap-2"
    >
      <label htmlFor={SITE_SEARCH_INPUT_ID} className="sr-only">
        Search codes
      </label>
      <input
        id={SITE_SEARCH_INPUT_ID}
        name="q"
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={SITE_SEARCH_LISTBOX_ID}
        autoComplete="off"
        spellCheck={false}
        placeholder="Search a code, name or keyword (press /)"
        className="min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 placeholder:text-slate-500 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400"
        {...input}
      />
      <button
        type="submit"
        className="bg-brand-700 hover:bg-brand-800 rounded-md px-3 py-2 text-sm font-medium text-white"
      >
        Search
      </button>
      {listbox}
      <p className="sr-only" aria-live="polite">
        {status}
      </p>
    </form>
  );
}

/**
 * The header search with results as you type. Arrow keys move, Enter opens, Escape closes; "/" focuses
 * it.
 */
export function InstantSearch() {
  const navigate = useSiteNavigate();
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState("");
  const { suggestions, setSuggestions, setOpen, active, setActive, expanded } =
    useSuggestions(query);
  const list = { options: suggestions, active, expanded };
  useSearchShortcut(inputRef);

  const choose = (href: string) => {
    setOpen(false);
    navigate(href);
  };

  return (
    <SearchFormFrame
      expanded={expanded}
      input={{
        ref: inputRef,
        "aria-activedescendant": expanded && active >= 0 ? suggestionOptionId(active) : undefined,
        value: query,
        onChange: (event) => {
          setQuery(event.target.value);
          if (!event.target.value.trim()) setSuggestions([]);
        },
        onKeyDown: suggestionKeyHandler(list, {
          move: (next) => {
            setOpen(true);
            setActive(next);
          },
          choose: (suggestion) => choose(suggestion.href),
          close: () => setOpen(false),
          clear: () => setQuery(""),
        }),
        onBlur: () => window.setTimeout(() => setOpen(false), 150),
        onFocus: () => setOpen(true),
      }}
      listbox={<HeaderSuggestions list={list} onChoose={choose} onHover={setActive} />}
      status={expanded ? suggestionsAnnouncement(suggestions.length) : ""}
    />
  );
}

const ignore = () => undefined;
const NO_SUGGESTIONS: SuggestionsState<Suggestion> = { options: [], active: -1, expanded: false };

/** The header search as InstantSearch renders it before anything is typed, without React state. */
export function StaticSiteSearch() {
  return (
    <SearchFormFrame
      expanded={false}
      input={{ defaultValue: "" }}
      listbox={<HeaderSuggestions list={NO_SUGGESTIONS} onChoose={ignore} />}
      status=""
    />
  );
}
