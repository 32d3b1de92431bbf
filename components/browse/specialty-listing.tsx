import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Pagination } from "@/components/layout/pagination";
import { Heading } from "@/components/ui/heading";
import { LinkList } from "@/components/ui/link-list";
import { Section } from "@/components/ui/section";
import type { SpecialtyPage } from "@/lib/browse/specialty-page";

import { CodeTable } from "./code-table";

/** One page of a specialty's codes, grouped, with links to related specialties. */
export function SpecialtyListing({ model }: { model: SpecialtyPage }) {
  const { specialty, groups, related, total, page, pages } = model;
  return (
    <div className="space-y-8">
      <Breadcrumbs
        items={[
          { label: "Home", href: "/" },
          { label: "Specialties", href: "/specialties" },
          { label: specialty.name },
        ]}
      />
      <header className="space-y-3">
        <Heading level={1}>{specialty.name}</Heading>
        <div
          className="prose-record max-w-3xl"
          dangerouslySetInnerHTML={{ __html: specialty.html }}
        />
      </header>
      <Section
        headingId="codes-heading"
        title={
          <>
            Codes ({total}){pages.length > 1 && `, page ${page} of ${pages.length}`}
          </>
        }
        className="space-y-4"
      >
        {groups.map((group) => (
          <div key={group.key} className="space-y-2">
            <Heading level={3}>{group.title}</Heading>
            <CodeTable rows={group.rows} caption={`${specialty.name}: ${group.title}`} />
          </div>
        ))}
        <Pagination current={page} pages={pages} label={`${specialty.name} code pages`} />
      </Section>
      {related.length > 0 && (
        <Section headingId="related-heading" title="Related specialties" className="space-y-2">
          <LinkList
            look="underlined"
            className="flex flex-wrap gap-3"
            items={related.map((link) => ({ href: link.href, label: link.name }))}
          />
        </Section>
      )}
    </div>
  );
}
