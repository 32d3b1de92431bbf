import { SiteLink } from "@/components/layout/site-link";
import { SearchForm } from "@/components/layout/search-form";
import { Heading } from "@/components/ui/heading";
import { LinkList } from "@/components/ui/link-list";
import { Section } from "@/components/ui/section";
import type { HomeCodeLink, HomeSystem } from "@/lib/browse/home-page-props";
import { codePath, SITE_NAME, systemPath } from "@/lib/site";

function CodeLinks({ id, title, items }: { id: string; title: string; items: HomeCodeLink[] }) {
  return (
    <Section headingId={`${id}-title`} title={title}>
      <LinkList
        className="grid gap-2 sm:grid-cols-2"
        items={items.map((record) => ({
          href: codePath(record.code),
          label: (
            <>
              <span className="font-mono font-semibold">{record.code}</span> {record.name}
            </>
          ),
        }))}
      />
    </Section>
  );
}

/** The home page's content: the search form, the code systems and two short lists of codes. */
export function HomePage({
  systems,
  popular,
  recent,
}: {
  systems: HomeSystem[];
  popular: HomeCodeLink[];
  recent: HomeCodeLink[];
}) {
  return (
    <div className="space-y-10">
      <section aria-labelledby="home-title" className="space-y-4">
        <Heading level={1} id="home-title" className="sm:text-4xl">
          Find the right billing code, explained
        </Heading>
        <div className="max-w-2xl">
          <SearchForm id="home-search" />
        </div>
        <p className="max-w-3xl text-slate-700 dark:text-slate-300">
          {SITE_NAME} explains medical and dental billing codes in plain language — what each code
          reports, when it is used, how to document and bill it — next to the official RVU and
          payment figures from the Centers for Medicare &amp; Medicaid Services Physician Fee
          Schedule. Names and guidance are written by our editors; figures are imported unmodified
          from CMS files.
        </p>
      </section>
      <Section headingId="systems-title" title="Code systems">
        <ul className="grid gap-3 sm:grid-cols-3">
          {systems.map((system) => (
            <li
              key={system.id}
              className="rounded-lg border border-slate-200 p-4 dark:border-slate-800"
            >
              <SiteLink
                href={systemPath(system.id)}
                className="text-brand-700 dark:text-brand-300 text-lg font-semibold hover:underline"
              >
                {system.label}
              </SiteLink>
              <p className="text-sm text-slate-600 dark:text-slate-400">
                {system.count.toLocaleString("en-US")} codes, {system.curatedCount} explained in
                full · {system.owner}
              </p>
            </li>
          ))}
        </ul>
      </Section>
      <CodeLinks id="popular" title="Popular codes" items={popular} />
      <CodeLinks id="recent" title="Recently reviewed" items={recent} />
    </div>
  );
}
