import { SiteLink } from "@/components/layout/site-link";
import type { ModifierListItem } from "@/lib/modifiers/page-props";

/** A scannable list of modifiers: the modifier in mono type, then its name. */
export function ModifierList({ items }: { items: ModifierListItem[] }) {
  return (
    <ul className="divide-y divide-slate-200 rounded-md border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
      {items.map((item) => (
        <li key={item.modifier} className="flex gap-3 p-3">
          <SiteLink
            href={item.href}
            className="text-brand-700 dark:text-brand-300 w-10 shrink-0 font-mono font-semibold underline"
          >
            {item.modifier}
          </SiteLink>
          <span>{item.name}</span>
        </li>
      ))}
    </ul>
  );
}
