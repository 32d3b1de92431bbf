import { SiteLink } from "@/components/layout/site-link";

import { Heading } from "@/components/ui/heading";
import { careerGuidePath } from "@/lib/site";

export interface CareerGuideSummary {
  slug: string;
  label: string;
  title: string;
  description: string;
}

/** The guides as cards, in career order. */
export function CareerGuideList({ guides }: { guides: CareerGuideSummary[] }) {
  return (
    <ul className="grid gap-4 md:grid-cols-3">
      {guides.map((guide) => (
        <li
          key={guide.slug}
          className="rounded-md border border-slate-200 p-4 dark:border-slate-800"
        >
          <p className="text-sm font-medium text-slate-600 dark:text-slate-400">{guide.label}</p>
          <Heading level={2} look="minor" className="mt-1">
            <SiteLink
              href={careerGuidePath(guide.slug)}
              className="text-brand-700 dark:text-brand-300 hover:underline"
            >
              {guide.title}
            </SiteLink>
          </Heading>
          <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">{guide.description}</p>
        </li>
      ))}
    </ul>
  );
}
