import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Heading } from "@/components/ui/heading";
import { LinkList } from "@/components/ui/link-list";
import { Section } from "@/components/ui/section";
import type { SpecialtyCard } from "@/lib/browse/specialty-page-props";

const FIELDS = [
  { field: "medical", title: "Medical specialties" },
  { field: "dental", title: "Dental specialties" },
] as const;

/** /specialties: every specialty as a card, medical first, then dental. */
export function SpecialtiesIndex({ specialties }: { specialties: SpecialtyCard[] }) {
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
                href: specialty.href,
                label: specialty.name,
                note: `(${specialty.codeCount} codes)`,
                description: specialty.summary,
              }))}
          />
        </Section>
      ))}
    </div>
  );
}
