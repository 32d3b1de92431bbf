import type { Ref } from "react";

export interface AddCodesFieldProps {
  value: string;
  onValueChange: (value: string) => void;
  /** Why the last add failed, naming the codes; null when it did not. */
  error: string | null;
  /** The last add/remove result, read out politely. */
  status: string;
  inputRef: Ref<HTMLInputElement>;
}

/**
 * The add field and its button. The button submits the surrounding form: the page intercepts it with
 * JavaScript, and without JavaScript the server reads `add` from the query.
 */
export function AddCodesField({
  value,
  onValueChange,
  error,
  status,
  inputRef,
}: AddCodesFieldProps) {
  // Fixed ids: the page has one calculator, and ids that start with a letter validate as HTML.
  const ids = {
    input: "calculator-add",
    hint: "calculator-add-hint",
    error: "calculator-add-error",
  };
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={ids.input} className="font-semibold">
        Add codes
      </label>
      <div className="flex flex-col gap-2 sm:flex-row">
        <input
          ref={inputRef}
          id={ids.input}
          name="add"
          type="text"
          value={value}
          onChange={(event) => onValueChange(event.target.value)}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          aria-describedby={`${ids.hint} ${ids.error}`}
          aria-invalid={error ? true : undefined}
          className="w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 font-mono aria-[invalid=true]:border-red-600 sm:max-w-xs dark:border-slate-700 dark:bg-slate-900"
        />
        <button
          type="submit"
          name="apply"
          value="1"
          className="bg-brand-700 hover:bg-brand-800 rounded-md px-4 py-2 font-medium text-white"
        >
          Add
        </button>
      </div>
      <p id={ids.hint} className="text-sm text-slate-600 dark:text-slate-400">
        Any code in the CMS fee schedule, such as 99213, 71046-26 (professional component), 71046-TC
        or 99213*2 for two units. Separate several codes with commas.
      </p>
      <p id={ids.error} role="alert" className="text-sm font-medium text-red-700 dark:text-red-300">
        {error}
      </p>
      <p role="status" className="text-sm text-slate-700 dark:text-slate-300">
        {status}
      </p>
    </div>
  );
}
