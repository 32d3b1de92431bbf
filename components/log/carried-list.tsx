import type { CarriedList } from "@/lib/wrvu-log/calculator-list";

import { LOG_UI } from "./log-ui";

/** Asks before adding the calculator's list to the log, dated today. */
export function CarriedListPrompt({
  list,
  onAdd,
  onDismiss,
}: {
  list: CarriedList;
  onAdd: () => void;
  onDismiss: () => void;
}) {
  return (
    <div role="group" aria-label="List from the calculator" className={`${LOG_UI.card} space-y-2`}>
      <p className="font-semibold">
        Add {list.items.length} {list.items.length === 1 ? "entry" : "entries"} from the calculator
        to your log, dated today?
      </p>
      <p className="font-mono text-sm">
        {list.items
          .map((item) => `${item.code}${item.modifier ? `-${item.modifier}` : ""} × ${item.units}`)
          .join(", ")}
      </p>
      {list.messages.map((message) => (
        <p key={message} className="text-sm text-red-700 dark:text-red-300">
          {message}
        </p>
      ))}
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={LOG_UI.primary}
          onClick={onAdd}
          disabled={list.items.length === 0}
        >
          Add them to my log
        </button>
        <button type="button" className={LOG_UI.button} onClick={onDismiss}>
          Not now
        </button>
      </div>
    </div>
  );
}
