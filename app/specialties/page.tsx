import { SiteLink } from "@/components/layout/site-link";

import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { getAllSpecialties, getCodesBySpecialty } from "@/lib/content";
import { createMetadata } from "@/lib/seo/metadata";
import { specialtyPath } from "@/lib/site";

export const metadata = createMetadata({
  title: "Specialties and the codes they report",
  description:
    "Medical and dental specialties on CodeAtlas, each with what it covers, the billing codes it reports most and related specialties.",
  path: "/specialties",
});

const FIELDS = [
  { field: "medical", title: "Medical specialties" },
  { field: "dental", title: "Dental specialties" },
] as const;

export default function SpecialtiesIndexPage() {
  const specialties = getAllSpecialties();
  return (
    <div className="space-y-8">
      <Breadcrumbs items={[{ label: "Home", href: "/" }, { label: "Specialties" }]} />
      <h1 className="text-3xl font-bold">Specialties</h1>
      {FIELDS.map(({ field, title }) => (
        <section key={field} aria-labelledby={`field-${field}`} className="space-y-3">
          <h2 id={`field-${field}`} className="text-xl font-semibold">
            {title}
          </h2>
          <ul className="grid gap-3 sm:grid-cols-2">
            {specialties
              .filter((specialty) => specialty.field === field)
              .map((specialty) => (
                <li
                  key={specialty.slug}
                  className="rounded-md border border-slate-200 p-3 dark:border-slate-800"
                >
                  <SiteLink
                    href={specialtyPath(specialty.slug)}
                    className="text-brand-700 dark:text-brand-300 font-medium hover:underline"
                  >
                    {specialty.name}
                  </SiteLink>{" "}
                  <span className="text-sm text-slate-600 dark:text-slate-400">
                    ({getCodesBySpecialty(specialty.slug).length} codes)
                  </span>
                  <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
                    {specialty.summary}
                  </p>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
