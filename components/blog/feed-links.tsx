import { ATOM_PATH, RSS_PATH } from "@/lib/blog/paths";

/** Plain links, not next/link: the feeds are XML documents, not pages of the app. */
export function FeedLinks() {
  const linkClass = "text-brand-700 underline underline-offset-2 dark:text-brand-300";
  return (
    <p className="text-sm text-slate-600 dark:text-slate-400">
      Follow the blog by{" "}
      <a href={RSS_PATH} type="application/rss+xml" className={linkClass}>
        RSS
      </a>{" "}
      or{" "}
      <a href={ATOM_PATH} type="application/atom+xml" className={linkClass}>
        Atom
      </a>
      .
    </p>
  );
}
