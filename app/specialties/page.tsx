import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Heading } from "@/components/ui/heading";
import { LinkList } from "@/components/ui/link-list";
import { Section } from "@/components/ui/section";
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
      <Heading level={1}>Specialties</Heading>
      {FIELDS.map(({ field, title }) => (
        <Section key={field} headingId={`field-${field}`} title={title}>
          <LinkList
            look="cards"
            className="grid gap-3 sm:grid-cols-2"
            items={specialties
              .filter((specialty) => specialty.field === field)
              .map((specialty) => ({
                href: specialtyPath(specialty.slug),
                label: specialty.name,
                note: `(${getCodesBySpecialty(specialty.slug).length} codes)`,
                description: specialty.summary,
              }))}
          />
        </Section>
      ))}
    </div>
  );
}
