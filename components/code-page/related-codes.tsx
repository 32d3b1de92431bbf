import { SiteLink } from "@/components/layout/site-link";

export interface RelatedCodeItem {
  code: string;
  name: string;
  note: string | undefined;
  /** Set when the code has a page; codes without one are listed for reference, unlinked. */
  href: string | undefined;
}

export function RelatedCodes({ items }: { items: RelatedCodeItem[] }) {
  if (items.length === 0) return <p>No related codes are listed for this code yet.</p>;
  return (
    <ul className="divide-y divide-slate-200 rounded-md border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
      {items.map((item) => (
        <li key={item.code} className="p-3">
          <p className="font-medium">
            {item.href ? (
              <SiteLink
                href={item.href}
                className="text-brand-700 dark:text-brand-300 underline-offset-2 hover:underline"
              >
                <span className="font-mono">{item.code}</span> {item.name}
              </SiteLink>
            ) : (
              <>
                <span className="font-mono">{item.code}</span> {item.name}{" "}
                <span className="text-sm font-normal text-slate-500 dark:text-slate-400">
                  (no page yet)
                </span>
              </>
            )}
          </p>
          {item.note && (
            <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{item.note}</p>
          )}
        </li>
      ))}
    </ul>
  );
}
