/**
 * English month names, January first. A list rather than Intl.DateTimeFormat: the browser's first
 * date formatter with a time zone loads the zone data, about a third of a second of blocked main thread
 * on a throttled phone, which the wRVU log's island paid at start-up for one word.
 */
export const MONTH_NAMES: readonly string[] = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
