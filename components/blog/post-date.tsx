import { formatLongDate } from "@/lib/format-date";

export function PostDate({ date }: { date: string }) {
  return <time dateTime={date}>{formatLongDate(date)}</time>;
}
