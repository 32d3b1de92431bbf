import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { CodeTable } from "@/components/browse/code-table";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { getCodeRows } from "@/lib/code-page/code-rows";
import { getAllSpecialties, getCodesBySpecialty, getSpecialty } from "@/lib/content";
import { createMetadata } from "@/lib/seo/metadata";
import { specialtyPath } from "@/lib/site";

export const dynamicParams = false;

export function generateStaticParams() {
  return getAllSpecialties().map((specialty) => ({ slug: specialty.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const specialty = getSpecialty((await params).slug);
  if (!specialty) return {};
  return createMetadata({
    title: `${specialty.name}: billing codes and what they cover`,
    description: specialty.summary,
    path: specialtyPath(specialty.slug),
  });
}

export default async function SpecialtyPage({ params }: Props) {
  const specialty = getSpecialty((await params).slug);
  if (!specialty) notFound();
  const codes = getCodesBySpecialty(specialty.slug);
  const byCategory = new Map<string, typeof codes>();
  for (const record of codes) {
    const key = `${record.system}:${record.category.slug}`;
    byCategory.set(key, [...(byCategory.get(key) ?? []), record]);
  }
  return (
    <div className="space-y-8">
      <Breadcrumbs items={[{ label: "Home", href: "/" }, { label: "Specialties", href: "/specialties" }, { label: specialty.name }]} />
      <header className="space-y-3">
        <h1 className="text-3xl font-bold">{specialty.name}</h1>
        <div className="prose-record max-w-3xl" dangerouslySetInnerHTML={{ __html: specialty.html }} />
      </header>
      <section aria-labelledby="codes-heading" className="space-y-4">
        <h2 id="codes-heading" className="text-xl font-semibold">Codes ({codes.length})</h2>
        {[...byCategory.values()].map((records) => {
          const first = records[0]!;
          const title = `${first.category.name} (${first.category.range})`;
          return (
            <div key={`${first.system}-${first.category.slug}`} className="space-y-2">
              <h3 className="font-semibold">{title}</h3>
              <CodeTable rows={getCodeRows(records)} caption={`${specialty.name}: ${title}`} />
            </div>
          );
        })}
      </section>
      {specialty.related.length > 0 && (
        <section aria-labelledby="related-heading" className="space-y-2">
          <h2 id="related-heading" className="text-xl font-semibold">Related specialties</h2>
          <ul className="flex flex-wrap gap-3">
            {specialty.related.map((slug) => (
              <li key={slug}>
                <Link href={specialtyPath(slug)} className="text-brand-700 underline dark:text-brand-300">{getSpecialty(slug)?.name ?? slug}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
