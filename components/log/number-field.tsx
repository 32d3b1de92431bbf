import { useState } from "react";

import { LOG_UI } from "./log-ui";

/**
 * A field for a non-negative decimal (a reported total, a rate). It keeps what the reader types and
 * hands on a number only when the text is one; empty means "not set".
 */
export function NumberField({
  id,
  label,
  value,
  onChange,
  hint,
}: {
  id: string;
  label: string;
  value: number | null;
  onChange: (value: number | null) => void;
  hint?: string;
}) {
  const [text, setText] = useState(value === null ? "" : String(value));
  const [shown, setShown] = useState(value);
  // The value changed from outside (another month, an import): show it.
  if (shown !== value) {
    setShown(value);
    setText(value === null ? "" : String(value));
  }
  const invalid = text.trim() !== "" && !(Number(text) >= 0);
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className={LOG_UI.label}>
        {label}
      </label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={text}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onInput={(event) => {
          const next = (event.target as HTMLInputElement).value;
          setText(next);
          const number = Number(next);
          if (next.trim() === "") {
            setShown(null);
            onChange(null);
          } else if (number >= 0 && Number.isFinite(number)) {
            setShown(number);
            onChange(number);
          }
        }}
        className={`${LOG_UI.input} tabular-nums aria-[invalid=true]:border-red-600 sm:max-w-48`}
      />
      {hint && (
        <p id={`${id}-hint`} className={LOG_UI.muted}>
          {invalid ? "Type a number such as 412.5." : hint}
        </p>
      )}
    </div>
  );
}
