/** "January 5, 2026" for an ISO date, read in UTC so the day never shifts with the server's time zone. */
export function formatPostDate(isoDate: string): string {
  return new Date(`${isoDate}T00:00:00Z`).toLocaleDateString("en-US", {
    year: "numeric",
    month: "long",
    day: "numeric",
    timeZone: "UTC",
  });
}

export function PostDate({ date }: { date: string }) {
  return <time dateTime={date}>{formatPostDate(date)}</time>;
}
