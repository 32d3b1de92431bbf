import { SiteLink } from "@/components/layout/site-link";

export function CalculatorCta({ code, href }: { code: string; href: string }) {
  return (
    <div className="border-brand-600 bg-brand-50 dark:border-brand-300 rounded-lg border p-5 dark:bg-slate-900">
      <p className="text-lg font-semibold text-slate-900 dark:text-white">
        Track {code} in the wRVU calculator
      </p>
      <p className="mt-1 text-slate-700 dark:text-slate-300">
        Add this code to a list of procedures and see work RVUs, total RVUs and Medicare payment add
        up.
      </p>
      <SiteLink
        href={href}
        className="bg-brand-700 hover:bg-brand-800 mt-3 inline-block rounded-md px-4 py-2 font-medium text-white"
      >
        Add {code} to the calculator
      </SiteLink>
    </div>
  );
}
