/**
 * A button that copies a text to the clipboard. Rendered hidden: components/islands/copy-buttons.ts shows
 * it and wires the click where script runs, so readers without JavaScript never meet a dead button (the
 * text stays selectable beside it).
 */
export function CopyButton({ text, label }: { text: string; label: string }) {
  return (
    <button
      type="button"
      hidden
      data-copy-text={text}
      className="rounded border border-slate-300 px-2 py-1 text-xs hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
    >
      <span aria-live="polite">{label}</span>
    </button>
  );
}
