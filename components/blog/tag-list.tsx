import { SiteLink } from "@/components/layout/site-link";

export interface TagLink {
  tag: string;
  href: string;
  /** Number of posts, shown on the index's tag cloud. */
  count?: number;
}

/** Tags as "#tag" links; `current` marks the tag page being shown. */
export function TagList({ tags, current }: { tags: TagLink[]; current?: string }) {
  return (
    <ul className="flex flex-wrap gap-2 text-sm">
      {tags.map(({ tag, href, count }) => (
        <li key={tag}>
          <SiteLink
            href={href}
            aria-current={tag === current ? "page" : undefined}
            className="hover:bg-brand-50 hover:text-brand-800 aria-[current=page]:bg-brand-700 inline-block rounded bg-slate-100 px-2 py-1 text-slate-700 aria-[current=page]:text-white dark:bg-slate-800 dark:text-slate-200 dark:hover:bg-slate-700"
          >
            <span aria-hidden="true">#</span>
            {tag}
            {count !== undefined && <span className="sr-only">, </span>}
            {count !== undefined && (
              <span className="ml-1 opacity-75">
                {count}
                <span className="sr-only">{count === 1 ? " post" : " posts"}</span>
              </span>
            )}
          </SiteLink>
        </li>
      ))}
    </ul>
  );
}
