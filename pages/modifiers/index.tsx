/**
 * /modifiers: every modifier a code page links to. A read-only listing, so like code pages it is
 * prerendered by the Pages Router with no framework runtime (docs/islands.md).
 */
import type { GetStaticProps } from "next";

import { StaticPage, staticPageLayout } from "@/components/layout/static-page";
import { ModifierIndex } from "@/components/modifiers/modifier-index";
import { PageHead } from "@/components/seo/page-head";
import { getHcpcsRelease } from "@/lib/fee-schedule/load";
import { getModifierIndexProps, type ModifierIndexProps } from "@/lib/modifiers/page-props";
import { PAGE_REVALIDATE_SECONDS } from "@/lib/cache-policy";

export const config = { unstable_runtimeJS: false };

export const getStaticProps: GetStaticProps<ModifierIndexProps> = () => ({
  props: getModifierIndexProps(getHcpcsRelease()?.label),
  revalidate: PAGE_REVALIDATE_SECONDS,
});

export default function ModifiersPage(props: ModifierIndexProps) {
  return (
    <StaticPage head={<PageHead head={props.head} />} islandScript={props.islandScript}>
      <ModifierIndex {...props} />
    </StaticPage>
  );
}

// StaticPage draws the site shell itself (components/layout/static-page.tsx).
ModifiersPage.getLayout = staticPageLayout;
