import { SiteLink } from "@/components/layout/site-link";

export function CodeBadges({
  systemLabel,
  systemHref,
  categoryName,
  categoryHref,
}: {
  systemLabel: string;
  systemHref: string;
  categoryName: string;
  categoryHref: string;
}) {
  const badge =
    "inline-flex items-center rounded-full border px-3 py-1 text-sm font-medium hover:underline";
  return (
    <nav aria-label="Code system and category">
      <ul className="flex flex-wrap gap-2">
        <li>
          <SiteLink
            href={systemHref}
            className={`${badge} border-brand-600 bg-brand-50 text-brand-800 dark:border-brand-300 dark:text-brand-200 dark:bg-slate-900`}
          >
            {systemLabel}
          </SiteLink>
        </li>
        <li>
          <SiteLink
            href={categoryHref}
            className={`${badge} border-slate-300 bg-slate-50 text-slate-800 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-200`}
          >
            {categoryName}
          </SiteLink>
        </li>
      </ul>
    </nav>
  );
}
