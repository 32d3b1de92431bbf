/**
 * The heading looks the site uses. `page` is a page's h1, `title` and `display` the h1 of an article
 * (`display` grows on wider screens), `section` a section's h2, `minor` the h2 of a side panel or small
 * block, `group` an h3 that names a group inside a section.
 */
export const HEADING_LOOKS = {
  page: "text-3xl font-bold",
  title: "text-3xl font-bold tracking-tight text-slate-950 dark:text-white",
  display: "text-3xl font-bold tracking-tight text-slate-950 sm:text-4xl dark:text-white",
  section: "text-xl font-semibold",
  minor: "text-lg font-semibold",
  group: "font-semibold",
} as const;

export type HeadingLook = keyof typeof HEADING_LOOKS;

const DEFAULT_LOOK = { 1: "page", 2: "section", 3: "group" } as const satisfies Record<
  number,
  HeadingLook
>;

export interface HeadingProps {
  level: 1 | 2 | 3;
  /** Defaults to the usual look of the level: `page`, `section` or `group`. */
  look?: HeadingLook;
  id?: string;
  /** Extra classes (spacing, borders, colour); never another text size or weight, which `look` sets. */
  className?: string;
  children: React.ReactNode;
}

/** Exists so a heading's level and look are chosen by name, not retyped as class strings on every page. */
export function Heading({
  level,
  look = DEFAULT_LOOK[level],
  id,
  className,
  children,
}: HeadingProps) {
  const Tag = `h${level}` as const;
  const classes = className ? `${HEADING_LOOKS[look]} ${className}` : HEADING_LOOKS[look];
  return (
    <Tag id={id} className={classes}>
      {children}
    </Tag>
  );
}
