/**
 * /resources/glossary: every term A–Z. A read-only listing, so like the code pages its terms link to it
 * is prerendered by the Pages Router with no framework runtime (docs/islands.md).
 */
import type { GetStaticProps } from "next";

import { GlossaryIndexPage } from "@/components/glossary/glossary-index-page";
import { staticListingPage, staticPageProps } from "@/components/layout/static-page";
import { getGlossaryIndexProps, type GlossaryIndexProps } from "@/lib/glossary/glossary-page-props";

export const config = { unstable_runtimeJS: false };

export const getStaticProps: GetStaticProps<GlossaryIndexProps> = () =>
  staticPageProps(getGlossaryIndexProps());

export default staticListingPage(({ crumbs, groups, letters }: GlossaryIndexProps) => (
  <GlossaryIndexPage crumbs={crumbs} groups={groups} letters={letters} />
));
