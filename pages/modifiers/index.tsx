/**
 * /modifiers: every modifier a code page links to. A read-only listing, so like code pages it is
 * prerendered by the Pages Router with no framework runtime (docs/islands.md).
 */
import type { GetStaticProps } from "next";

import { staticListingPage, staticPageProps } from "@/components/layout/static-page";
import { ModifierIndex } from "@/components/modifiers/modifier-index";
import { getHcpcsRelease } from "@/lib/fee-schedule/load";
import { getModifierIndexProps, type ModifierIndexProps } from "@/lib/modifiers/page-props";

export const config = { unstable_runtimeJS: false };

export const getStaticProps: GetStaticProps<ModifierIndexProps> = () =>
  staticPageProps(getModifierIndexProps(getHcpcsRelease()?.label));

export default staticListingPage(ModifierIndex);
