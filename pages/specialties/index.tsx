/**
 * /specialties: every specialty with its number of codes. A read-only listing, so like the code pages it
 * leads to it is prerendered by the Pages Router with no framework runtime (docs/islands.md).
 */
import type { GetStaticProps } from "next";

import { SpecialtiesIndex } from "@/components/browse/specialties-index";
import { StaticPage, staticPageLayout } from "@/components/layout/static-page";
import { PageHead } from "@/components/seo/page-head";
import {
  getSpecialtiesIndexProps,
  type SpecialtiesIndexProps,
} from "@/lib/browse/specialty-page-props";
import { PAGE_REVALIDATE_SECONDS } from "@/lib/cache-policy";

export const config = { unstable_runtimeJS: false };

export const getStaticProps: GetStaticProps<SpecialtiesIndexProps> = () => ({
  props: getSpecialtiesIndexProps(),
  revalidate: PAGE_REVALIDATE_SECONDS,
});

export default function SpecialtiesRoute({
  head,
  islandScript,
  specialties,
}: SpecialtiesIndexProps) {
  return (
    <StaticPage head={<PageHead head={head} />} islandScript={islandScript}>
      <SpecialtiesIndex specialties={specialties} />
    </StaticPage>
  );
}

// StaticPage draws the site shell itself (components/layout/static-page.tsx).
SpecialtiesRoute.getLayout = staticPageLayout;
