/** What was left out of a link or a saved list, until the reader dismisses it. */
export function CalculatorMessages({
  messages,
  onDismiss,
}: {
  messages: readonly string[];
  onDismiss: () => void;
}) {
  if (messages.length === 0) return null;
  return (
    <div className="rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950 dark:border-amber-700 dark:bg-slate-900 dark:text-amber-100 print:hidden">
      <p className="font-semibold">Some parts of the list could not be used:</p>
      <ul className="mt-1 list-disc space-y-1 pl-5">
        {messages.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
      <button type="button" onClick={onDismiss} className="mt-2 underline">
        Dismiss
      </button>
    </div>
  );
}
