import { SiteLink } from "@/components/layout/site-link";

import { Breadcrumbs, type Crumb } from "@/components/layout/breadcrumbs";
import { Heading } from "@/components/ui/heading";

/** A short, honest page for a section that is planned but not built yet (never a 404). */
export function ComingSoon({
  title,
  crumbs,
  children,
}: {
  title: string;
  crumbs: Crumb[];
  children: React.ReactNode;
}) {
  return (
    <div className="max-w-2xl space-y-4">
      <Breadcrumbs items={crumbs} />
      <Heading level={1}>{title}</Heading>
      <div className="space-y-3 text-slate-700 dark:text-slate-300">{children}</div>
      <p>
        <SiteLink href="/codes" className="text-brand-700 dark:text-brand-300 underline">
          Browse the codes
        </SiteLink>{" "}
        in the meantime.
      </p>
    </div>
  );
}
