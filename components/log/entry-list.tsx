import { useState } from "react";

import { itemKey } from "@/lib/calculator/items";
import { formatDollars, formatRvu } from "@/lib/fee-schedule/payment";
import type { LogEntry } from "@/lib/wrvu-log/entry";
import { periodLabel } from "@/lib/wrvu-log/periods";
import { entryFigures, type LogCodeData, type LogPricing } from "@/lib/wrvu-log/totals";

import { EntryForm, type EntryFormProps } from "./entry-form";
import { LOG_UI } from "./log-ui";

export interface EntryListProps extends Pick<EntryFormProps, "locations" | "loadCodes"> {
  entries: readonly LogEntry[];
  data: LogCodeData;
  pricing: LogPricing;
  onSave: (entry: LogEntry) => void;
  onDelete: (entry: LogEntry) => void;
}

/** The entries as cards, newest first: every figure stacked, so a phone never scrolls sideways. */
export function EntryList({ entries, data, pricing, onSave, onDelete, ...form }: EntryListProps) {
  const [editing, setEditing] = useState<string | null>(null);
  if (entries.length === 0) return <p className={LOG_UI.muted}>No entries in this month yet.</p>;
  return (
    <ul className="space-y-2">
      {entries.map((entry) => {
        const figures = entryFigures(entry, data, pricing);
        const name = data[entry.code]?.page?.name;
        const label = `${itemKey(entry)} on ${periodLabel(entry.date, "day")}`;
        return (
          <li key={entry.id} className={LOG_UI.card}>
            {editing === entry.id ? (
              <EntryForm
                {...form}
                initial={entry}
                editing
                data={data}
                onSave={(saved) => {
                  onSave(saved);
                  setEditing(null);
                }}
                onCancel={() => setEditing(null)}
              />
            ) : (
              <article aria-label={label} className="space-y-2">
                <div className="flex flex-wrap items-baseline justify-between gap-x-3">
                  <h3 className="font-mono text-lg font-semibold">
                    {itemKey(entry)}
                    {entry.units > 1 ? ` × ${entry.units}` : ""}
                  </h3>
                  <span className="text-sm">{periodLabel(entry.date, "day")}</span>
                </div>
                {name && <p className="text-sm">{name}</p>}
                <p className={LOG_UI.muted}>
                  {entry.setting === "facility" ? "Facility" : "Non-facility"}
                  {entry.location ? ` · ${entry.location}` : ""}
                </p>
                <p className="text-sm tabular-nums">
                  {!figures
                    ? "Figures loading…"
                    : figures.rvus
                      ? `${formatRvu(figures.rvus.work)} wRVU · ${formatRvu(figures.rvus.total)} total RVU${
                          figures.payment ? ` · ${formatDollars(figures.payment.national)}` : ""
                        }`
                      : figures.pricing.summary}
                </p>
                {entry.note && (
                  <p className="text-sm whitespace-pre-wrap text-slate-700 dark:text-slate-300">
                    {entry.note}
                  </p>
                )}
                <div className="flex gap-2">
                  <button
                    type="button"
                    className={LOG_UI.button}
                    aria-label={`Edit ${label}`}
                    onClick={() => setEditing(entry.id)}
                  >
                    Edit
                  </button>
                  <button
                    type="button"
                    className={LOG_UI.button}
                    aria-label={`Delete ${label}`}
                    onClick={() => onDelete(entry)}
                  >
                    Delete
                  </button>
                </div>
              </article>
            )}
          </li>
        );
      })}
    </ul>
  );
}
