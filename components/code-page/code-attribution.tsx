import { formatLongDate } from "@/lib/format-date";

export function CodeAttribution({
  attribution,
  dataRelease,
  lastReviewed,
}: {
  attribution: string;
  /** e.g. "CMS Physician Fee Schedule, 2025 October release (RVU25D)"; undefined when no figures shown. */
  dataRelease: string | undefined;
  /** When a person last checked the page; undefined for reference pages, built from the data alone. */
  lastReviewed: string | undefined;
}) {
  return (
    <aside
      aria-label="Sources and review"
      className="mt-10 space-y-1 rounded-md bg-slate-50 p-4 text-sm text-slate-600 dark:bg-slate-900 dark:text-slate-400"
    >
      <p>{attribution}</p>
      {dataRelease && (
        <p>
          Fee-schedule figures: {dataRelease}, published by the Centers for Medicare &amp; Medicaid
          Services.
        </p>
      )}
      {lastReviewed ? (
        <p>
          Last reviewed: <time dateTime={lastReviewed}>{formatLongDate(lastReviewed)}</time>
        </p>
      ) : (
        <p>Built from the official CMS files alone; no editor has reviewed this page yet.</p>
      )}
    </aside>
  );
}
