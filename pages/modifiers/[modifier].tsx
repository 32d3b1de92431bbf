/** /modifiers/<MOD>: one modifier, prerendered without a framework runtime like code pages. */
import type { GetStaticPaths, GetStaticProps } from "next";

import {
  staticListingPage,
  staticPagePaths,
  staticPageProps,
} from "@/components/layout/static-page";
import { ModifierPage } from "@/components/modifiers/modifier-page";
import { getHcpcsRelease } from "@/lib/fee-schedule/load";
import {
  getModifierPageProps,
  getModifierSlugs,
  type ModifierPageProps,
} from "@/lib/modifiers/page-props";

type Params = { modifier: string };

export const config = { unstable_runtimeJS: false };

export const getStaticPaths: GetStaticPaths<Params> = () =>
  staticPagePaths(getModifierSlugs().map((modifier) => ({ modifier })));

export const getStaticProps: GetStaticProps<ModifierPageProps, Params> = ({ params }) =>
  staticPageProps(getModifierPageProps(params?.modifier ?? "", getHcpcsRelease()?.label));

export default staticListingPage(ModifierPage);
