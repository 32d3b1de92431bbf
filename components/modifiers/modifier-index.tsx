import { PageSection } from "@/components/code-page/page-section";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import type { ModifierIndexProps } from "@/lib/modifiers/page-props";

import { ModifierList } from "./modifier-list";

/** /modifiers: the CPT modifiers we explain, then every HCPCS Level II modifier. */
export function ModifierIndex({ cpt, hcpcs, hcpcsSource }: ModifierIndexProps) {
  return (
    <article className="space-y-8">
      <header className="space-y-3">
        <Breadcrumbs items={[{ label: "Home", href: "/" }, { label: "Modifiers" }]} />
        <h1 className="text-3xl font-bold tracking-tight text-slate-950 sm:text-4xl dark:text-white">
          Modifiers
        </h1>
        <p className="text-lg">
          A modifier is two characters added to a code to say something about how the service was
          done: which side, which part, by whom, or why it was repeated. Payers decide from it how
          much, or whether, to pay.
        </p>
      </header>
      <PageSection id="cpt-modifiers" title="CPT modifiers">
        <p className="mb-3">Explained in our own words; the descriptors are the AMA&apos;s.</p>
        <ModifierList items={cpt} />
      </PageSection>
      <PageSection id="hcpcs-modifiers" title="HCPCS Level II modifiers">
        <p className="mb-3">With the description CMS publishes ({hcpcsSource}).</p>
        <ModifierList items={hcpcs} />
      </PageSection>
    </article>
  );
}
