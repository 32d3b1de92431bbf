import { useEffect, useRef, useState } from "react";

import { SuggestionList, suggestionKeyHandler } from "@/components/search/suggestion-list";
import { SUGGEST_DEBOUNCE_MS, suggestionsUrl } from "@/lib/search/combobox";

import { LOG_UI } from "./log-ui";

interface CodeOption {
  code: string;
  name: string;
  systemLabel: string;
}

const IDS = {
  input: "log-code",
  listbox: "log-code-options",
  hint: "log-code-hint",
  error: "log-code-error",
} as const;

const optionId = (index: number) => `${IDS.listbox}-${index}`;

function isCodeOption(value: unknown): value is CodeOption {
  const hit = value as Partial<CodeOption> | null;
  return typeof hit?.code === "string" && typeof hit.name === "string";
}

/**
 * The site search's suggestions for what is typed, asked after a pause; fewer than two characters ask
 * nothing and show nothing of an earlier answer.
 */
function useSuggestions(value: string) {
  const [options, setOptions] = useState<CodeOption[]>([]);
  const [active, setActive] = useState(-1);
  const asked = useRef("");

  useEffect(() => {
    const query = value.trim();
    if (query.length < 2) return;
    const timer = setTimeout(() => {
      asked.current = query;
      fetch(suggestionsUrl(query))
        .then((response) => (response.ok ? response.json() : { results: [] }))
        .then((body: { results?: unknown[] }) => {
          if (asked.current !== query) return;
          setOptions((body.results ?? []).filter(isCodeOption));
          setActive(-1);
        })
        .catch(() => setOptions([]));
    }, SUGGEST_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [value]);

  const shown = value.trim().length < 2 ? [] : options;
  return { shown, active, setActive, clear: () => setOptions([]) };
}

export interface CodeComboboxProps {
  value: string;
  onChange: (value: string) => void;
  /** A suggestion was chosen: its code. */
  onPick: (code: string) => void;
  error: string | null;
}

/**
 * The code field: type a code, or words (a name, a lay term), and pick from the site search's
 * suggestions with the arrow keys and Enter, or a tap. An ARIA 1.2 combobox.
 */
export function CodeCombobox({ value, onChange, onPick, error }: CodeComboboxProps) {
  const { shown, active, setActive, clear } = useSuggestions(value);
  const [open, setOpen] = useState(false);
  const expanded = open && shown.length > 0;
  const pick = (option: CodeOption) => {
    onPick(option.code);
    setOpen(false);
    clear();
  };
  const list = { options: shown, active, expanded };
  const onKeyDown = suggestionKeyHandler(list, {
    move: (next) => {
      setActive(next);
      setOpen(true);
    },
    choose: pick,
    close: () => setOpen(false),
  });

  return (
    <div className="relative flex flex-col gap-1">
      <label htmlFor={IDS.input} className={LOG_UI.label}>
        Code or name
      </label>
      <input
        id={IDS.input}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={IDS.listbox}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-describedby={`${IDS.hint} ${IDS.error}`}
        aria-invalid={error ? true : undefined}
        autoComplete="off"
        spellCheck={false}
        value={value}
        onInput={(event) => {
          onChange((event.target as HTMLInputElement).value);
          setOpen(true);
        }}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
        className={`${LOG_UI.input} aria-[invalid=true]:border-red-600`}
      />
      <SuggestionList
        id={IDS.listbox}
        label="Matching codes"
        className="absolute top-full right-0 left-0 z-20 mt-1 max-h-80 overflow-y-auto rounded-md border border-slate-300 bg-white shadow-lg dark:border-slate-700 dark:bg-slate-900"
        list={list}
        optionId={optionId}
        optionKey={(option) => option.code}
        optionClassName={() =>
          "flex min-h-11 cursor-pointer flex-col justify-center px-3 py-1 aria-selected:bg-slate-100 dark:aria-selected:bg-slate-800"
        }
        renderOption={(option) => (
          <>
            <span>
              <span className="font-mono font-semibold">{option.code}</span>{" "}
              <span className="text-xs text-slate-600 dark:text-slate-400">
                {option.systemLabel}
              </span>
            </span>
            <span className="text-sm">{option.name}</span>
          </>
        )}
        onChoose={pick}
      />
      <p id={IDS.hint} className={LOG_UI.muted}>
        Type a code (99213, D3330) or words for it (root canal, office visit), then choose it from
        the list.
      </p>
      <p id={IDS.error} role="alert" className="text-sm font-medium text-red-700 dark:text-red-300">
        {error}
      </p>
    </div>
  );
}
