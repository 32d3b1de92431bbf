import { SiteLink } from "@/components/layout/site-link";

export interface LinkListItem {
  href: string;
  label: React.ReactNode;
  /** Short text after the link, on the same line: a count, "(12 codes)". */
  note?: React.ReactNode;
  /** A sentence under the link; shown in cards. */
  description?: React.ReactNode;
  /** Another site: a plain anchor with `rel="noopener"` instead of a site link. */
  external?: boolean;
}

const LOOKS = {
  /** Links in a grid or row, underlined on hover. */
  plain: { item: undefined, link: "text-brand-700 dark:text-brand-300 hover:underline" },
  /** Short rows of words, always underlined so they read as links outside running text. */
  underlined: { item: undefined, link: "text-brand-700 dark:text-brand-300 underline" },
  /** Bordered cards with a sentence under each link. */
  cards: {
    item: "rounded-md border border-slate-200 p-3 dark:border-slate-800",
    link: "text-brand-700 dark:text-brand-300 font-medium hover:underline",
  },
} as const;

export interface LinkListProps {
  items: readonly LinkListItem[];
  look?: keyof typeof LOOKS;
  /** The list's layout: a grid or a wrapping row. */
  className: string;
}

/** Exists because lists of links (codes, terms, specialties, sources) were the same markup on every page. */
export function LinkList({ items, look = "plain", className }: LinkListProps) {
  const classes = LOOKS[look];
  return (
    <ul className={className}>
      {items.map((item) => (
        <li key={item.href} className={classes.item}>
          {item.external ? (
            <a href={item.href} className={classes.link} rel="noopener">
              {item.label}
            </a>
          ) : (
            <SiteLink href={item.href} className={classes.link}>
              {item.label}
            </SiteLink>
          )}
          {item.note != null ? (
            <>
              {" "}
              <span className="text-sm text-slate-600 dark:text-slate-400">{item.note}</span>
            </>
          ) : null}
          {item.description != null ? (
            <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{item.description}</p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
