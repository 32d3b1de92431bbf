/**
 * /resources/glossary/<slug>: one term, explained. Read, not used, so it is prerendered by the Pages
 * Router with no framework runtime, like the code pages it links to (docs/islands.md).
 */
import type { GetStaticPaths, GetStaticProps } from "next";

import { GlossaryTermArticle } from "@/components/glossary/glossary-term-article";
import {
  staticListingPage,
  staticPagePaths,
  staticPageProps,
} from "@/components/layout/static-page";
import { getAllTerms } from "@/lib/glossary";
import { getGlossaryTermProps, type GlossaryTermProps } from "@/lib/glossary/glossary-page-props";

type Params = { slug: string };

export const config = { unstable_runtimeJS: false };

export const getStaticPaths: GetStaticPaths<Params> = () =>
  staticPagePaths(getAllTerms().map(({ slug }) => ({ slug })));

export const getStaticProps: GetStaticProps<GlossaryTermProps, Params> = ({ params }) =>
  staticPageProps(getGlossaryTermProps(params?.slug ?? ""));

export default staticListingPage(({ view, related, crumbs }: GlossaryTermProps) => (
  <GlossaryTermArticle view={view} related={related} crumbs={crumbs} />
));
