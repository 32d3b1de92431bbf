import { SiteLink } from "@/components/layout/site-link";
import type { IndicatorExplanation } from "@/lib/fee-schedule/indicators";
import { codePath } from "@/lib/site";

/** The fee-schedule indicators of a code, each in words: a definition list readers can scan. */
export function PaymentIndicators({ items }: { items: IndicatorExplanation[] }) {
  return (
    <dl className="divide-y divide-slate-200 rounded-md border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
      {items.map((item) => (
        <div key={item.id} id={item.id} className="grid gap-1 p-3 sm:grid-cols-3 sm:gap-4">
          <dt className="font-medium text-slate-900 dark:text-white">{item.label}</dt>
          <dd className="sm:col-span-2">
            <p className="font-medium">
              {item.linkedCode ? (
                <SiteLink
                  href={codePath(item.linkedCode)}
                  className="text-brand-700 dark:text-brand-300 font-mono underline"
                >
                  {item.linkedCode}
                </SiteLink>
              ) : (
                item.value
              )}
            </p>
            <p className="text-sm text-slate-700 dark:text-slate-300">{item.detail}</p>
          </dd>
        </div>
      ))}
    </dl>
  );
}
