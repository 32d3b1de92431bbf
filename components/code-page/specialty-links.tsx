import { SiteLink } from "@/components/layout/site-link";

export function SpecialtyLinks({
  items,
}: {
  items: { name: string; href: string; summary: string }[];
}) {
  return (
    <ul className="grid gap-3 sm:grid-cols-2">
      {items.map((item) => (
        <li
          key={item.href}
          className="rounded-md border border-slate-200 p-3 dark:border-slate-800"
        >
          <SiteLink
            href={item.href}
            className="text-brand-700 dark:text-brand-300 font-medium hover:underline"
          >
            {item.name}
          </SiteLink>
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{item.summary}</p>
        </li>
      ))}
    </ul>
  );
}
