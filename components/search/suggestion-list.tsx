import { comboboxKeyAction } from "@/lib/search/combobox";

/** A combobox's suggestions and its popup's state: which option is active (-1: none), whether it is open. */
export interface SuggestionsState<Option> {
  options: readonly Option[];
  active: number;
  expanded: boolean;
}

/**
 * The listbox an ARIA 1.2 combobox's input controls, shared by the header search and the wRVU log's code
 * field: hidden while collapsed, one option per suggestion with its own id (the input's
 * aria-activedescendant names it) and aria-selected on the active one. A press chooses an option on
 * mousedown, before the input's blur closes the list.
 */
export function SuggestionList<Option>({
  id,
  label,
  className,
  list: { options, active, expanded },
  optionId,
  optionKey,
  optionClassName,
  renderOption,
  onChoose,
  onHover,
}: {
  id: string;
  label: string;
  className: string;
  list: SuggestionsState<Option>;
  optionId: (index: number) => string;
  optionKey: (option: Option) => string;
  optionClassName: (isActive: boolean) => string;
  renderOption: (option: Option) => React.ReactNode;
  onChoose: (option: Option) => void;
  onHover?: (index: number) => void;
}) {
  return (
    <ul id={id} role="listbox" aria-label={label} hidden={!expanded} className={className}>
      {options.map((option, index) => (
        <li
          key={optionKey(option)}
          id={optionId(index)}
          role="option"
          aria-selected={index === active}
          onMouseDown={(event) => {
            event.preventDefault();
            onChoose(option);
          }}
          onMouseEnter={onHover && (() => onHover(index))}
          className={optionClassName(index === active)}
        >
          {renderOption(option)}
        </li>
      ))}
    </ul>
  );
}

/**
 * The keydown handler of a combobox's input (see comboboxKeyAction): it calls back with the new active
 * option, the option chosen, or closing; `clear` is called for Escape on a closed list, when given.
 */
export function suggestionKeyHandler<Option>(
  list: SuggestionsState<Option>,
  on: {
    move: (active: number) => void;
    choose: (option: Option) => void;
    close: () => void;
    clear?: () => void;
  },
) {
  return (event: React.KeyboardEvent<HTMLInputElement>) => {
    const { options, active, expanded } = list;
    const action = comboboxKeyAction(event.key, { active, count: options.length, expanded });
    const chosen = action?.kind === "choose" ? options[action.index] : undefined;
    if (action?.kind === "move") {
      event.preventDefault();
      on.move(action.active);
    } else if (chosen !== undefined) {
      event.preventDefault();
      on.choose(chosen);
    } else if (action?.kind === "close") on.close();
    else if (action?.kind === "clear") (on.clear ?? on.close)();
  };
}
