/**
 * One formatter for every date the site prints. Building an Intl.DateTimeFormat is costly (toLocaleDateString
 * builds one per call, about 0.4 ms, which on a 20,000-page build is most of a code page's own render time),
 * so it is built once.
 */
const LONG_DATE = new Intl.DateTimeFormat("en-US", {
  year: "numeric",
  month: "long",
  day: "numeric",
  timeZone: "UTC",
});

/** "January 5, 2026" for an ISO date, read in UTC so the day never shifts with the server's time zone. */
export function formatLongDate(isoDate: string): string {
  return LONG_DATE.format(new Date(`${isoDate}T00:00:00Z`));
}
