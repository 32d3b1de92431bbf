/**
 * /specialties: every specialty with its number of codes. A read-only listing, so like the code pages it
 * leads to it is prerendered by the Pages Router with no framework runtime (docs/islands.md).
 */
import type { GetStaticProps } from "next";

import { SpecialtiesIndex } from "@/components/browse/specialties-index";
import { staticListingPage, staticPageProps } from "@/components/layout/static-page";
import {
  getSpecialtiesIndexProps,
  type SpecialtiesIndexProps,
} from "@/lib/browse/specialty-page-props";

export const config = { unstable_runtimeJS: false };

export const getStaticProps: GetStaticProps<SpecialtiesIndexProps> = () =>
  staticPageProps(getSpecialtiesIndexProps());

export default staticListingPage(({ specialties }: SpecialtiesIndexProps) => (
  <SpecialtiesIndex specialties={specialties} />
));
