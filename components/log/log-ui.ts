/** Class names shared by the log's controls: every control is at least 44 px tall, for a thumb. */
export const LOG_UI = {
  button:
    "inline-flex min-h-11 items-center justify-center rounded-md border border-slate-300 px-3 py-2 text-sm font-medium hover:bg-slate-100 disabled:opacity-50 dark:border-slate-700 dark:hover:bg-slate-800",
  primary:
    "bg-brand-700 hover:bg-brand-800 inline-flex min-h-11 items-center justify-center rounded-md px-4 py-2 font-medium text-white disabled:opacity-50",
  input:
    "min-h-11 w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-700 dark:bg-slate-900",
  label: "text-sm font-semibold",
  card: "rounded-lg border border-slate-200 p-3 dark:border-slate-800",
  section: "space-y-3",
  muted: "text-sm text-slate-600 dark:text-slate-400",
} as const;
