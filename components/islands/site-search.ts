/**
 * The header search on pages without React (code pages): the server renders the same form and combobox
 * markup as components/search/instant-search.tsx, and this script gives it the same behaviour — results as
 * you type, arrow keys, Enter, Escape and the "/" shortcut. Without it the form still submits to /search.
 */
import {
  comboboxKeyAction,
  isSearchShortcut,
  SITE_SEARCH_INPUT_ID,
  SITE_SEARCH_LISTBOX_ID,
  SUGGEST_DEBOUNCE_MS,
  suggestionOptionId,
  suggestionsAnnouncement,
  suggestionsUrl,
  type Suggestion,
} from "@/lib/search/combobox";

const OPTION_CLASS = "cursor-pointer px-3 py-2 text-sm";
const ACTIVE_CLASSES = ["bg-brand-50", "dark:bg-slate-800"];

function renderOption(suggestion: Suggestion, index: number): HTMLLIElement {
  const item = document.createElement("li");
  item.id = suggestionOptionId(index);
  item.setAttribute("role", "option");
  item.setAttribute("aria-selected", "false");
  item.className = OPTION_CLASS;
  if (suggestion.code) {
    const code = document.createElement("span");
    code.className = "font-mono font-semibold";
    code.textContent = `${suggestion.code} `;
    item.append(code);
  }
  item.append(suggestion.name);
  const system = document.createElement("span");
  system.className = "ml-2 text-xs text-slate-500 dark:text-slate-400";
  system.textContent = suggestion.systemLabel;
  item.append(system);
  return item;
}

export function enhanceSiteSearch(): void {
  const input = document.getElementById(SITE_SEARCH_INPUT_ID) as HTMLInputElement | null;
  const listbox = document.getElementById(SITE_SEARCH_LISTBOX_ID);
  const status = input?.form?.querySelector<HTMLElement>("[aria-live]");
  if (!input || !listbox || !status) return;

  let suggestions: Suggestion[] = [];
  let active = -1;
  let open = false;
  let timer: number | undefined;
  let controller: AbortController | undefined;

  const expanded = () => open && input.value.trim() !== "" && suggestions.length > 0;
  const render = () => {
    const isExpanded = expanded();
    listbox.hidden = !isExpanded;
    input.setAttribute("aria-expanded", String(isExpanded));
    if (isExpanded && active >= 0)
      input.setAttribute("aria-activedescendant", suggestionOptionId(active));
    else input.removeAttribute("aria-activedescendant");
    [...listbox.children].forEach((child, index) => {
      child.setAttribute("aria-selected", String(index === active));
      child.classList.toggle(ACTIVE_CLASSES[0]!, index === active);
      child.classList.toggle(ACTIVE_CLASSES[1]!, index === active);
    });
    status.textContent = isExpanded ? suggestionsAnnouncement(suggestions.length) : "";
  };
  const show = (next: Suggestion[]) => {
    suggestions = next;
    active = -1;
    open = true;
    listbox.replaceChildren(...next.map(renderOption));
    render();
  };
  const go = (index: number) => {
    const choice = suggestions[index];
    if (!choice) return;
    open = false;
    render();
    window.location.assign(choice.href);
  };

  input.addEventListener("input", () => {
    window.clearTimeout(timer);
    controller?.abort();
    const query = input.value.trim();
    if (!query) {
      show([]);
      return;
    }
    const current = new AbortController();
    controller = current;
    timer = window.setTimeout(async () => {
      try {
        const response = await fetch(suggestionsUrl(query), { signal: current.signal });
        if (response.ok) show(((await response.json()) as { results: Suggestion[] }).results);
      } catch {
        // Aborted by a newer keystroke, or offline: the form still submits to /search.
      }
    }, SUGGEST_DEBOUNCE_MS);
  });
  input.addEventListener("keydown", (event) => {
    const list = { active, count: suggestions.length, expanded: expanded() };
    const action = comboboxKeyAction(event.key, list);
    if (action?.kind === "move") {
      event.preventDefault();
      active = action.active;
      open = true;
      render();
    } else if (action?.kind === "choose") {
      event.preventDefault();
      go(action.index);
    } else if (action?.kind === "close") {
      open = false;
      render();
    } else if (action?.kind === "clear") {
      input.value = "";
      show([]);
    }
  });
  input.addEventListener("focus", () => {
    open = true;
    render();
  });
  input.addEventListener("blur", () =>
    window.setTimeout(() => {
      open = false;
      render();
    }, 150),
  );
  listbox.addEventListener("mousedown", (event) => {
    const option = (event.target as Element).closest("[role=option]");
    if (!option) return;
    event.preventDefault();
    go([...listbox.children].indexOf(option));
  });
  listbox.addEventListener("mousemove", (event) => {
    const option = (event.target as Element).closest("[role=option]");
    const index = option ? [...listbox.children].indexOf(option) : -1;
    if (index >= 0 && index !== active) {
      active = index;
      render();
    }
  });
  window.addEventListener("keydown", (event) => {
    if (isSearchShortcut(event)) {
      event.preventDefault();
      input.focus();
    }
  });
}
