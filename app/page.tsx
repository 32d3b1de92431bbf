import { SiteLink } from "@/components/layout/site-link";

import { SearchForm } from "@/components/layout/search-form";
import { JsonLd } from "@/components/seo/json-ld";
import { Heading } from "@/components/ui/heading";
import { LinkList } from "@/components/ui/link-list";
import { Section } from "@/components/ui/section";
import { getSystemSummaries } from "@/lib/browse/browse-index";
import { getAllCodes, getCode } from "@/lib/content";
import { createMetadata } from "@/lib/seo/metadata";
import { buildOrganization, buildWebSite } from "@/lib/seo/structured-data";
import { codePath, SITE_NAME, SITE_TAGLINE, systemPath } from "@/lib/site";

export const metadata = createMetadata({
  title: `${SITE_NAME} — ${SITE_TAGLINE}`,
  description:
    "Look up CPT, HCPCS Level II and CDT billing codes: plain-language explanations, billing guidance and official CMS fee-schedule RVUs and payment.",
  path: "/",
});

// Codes readers open most often; shown only when the record exists.
const POPULAR = ["99213", "99214", "D3351", "D1110", "G2211", "45378", "93000", "27447"];

export default function HomePage() {
  const systems = getSystemSummaries();
  const popular = POPULAR.flatMap((code) => getCode(code) ?? []);
  const recent = [...getAllCodes()]
    .sort((a, b) => b.lastReviewed.localeCompare(a.lastReviewed) || a.code.localeCompare(b.code))
    .slice(0, 6);
  return (
    <div className="space-y-10">
      <JsonLd data={[buildWebSite(), buildOrganization()]} />
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
      {[
        { id: "popular", title: "Popular codes", items: popular },
        { id: "recent", title: "Recently reviewed", items: recent },
      ].map((group) => (
        <Section key={group.id} headingId={`${group.id}-title`} title={group.title}>
          <LinkList
            className="grid gap-2 sm:grid-cols-2"
            items={group.items.map((record) => ({
              href: codePath(record.code),
              label: (
                <>
                  <span className="font-mono font-semibold">{record.code}</span> {record.name}
                </>
              ),
            }))}
          />
        </Section>
      ))}
    </div>
  );
}
