/**
 * Props for the home page (pages/index.tsx): computed at build time and sent as static HTML with no
 * framework runtime. The page only reads, like the code pages it links to.
 */
import { getAllCodes, getCode } from "@/lib/content";
import { getIslandScriptUrl } from "@/lib/islands/island-scripts";
import { buildPageHead, type PageHeadData } from "@/lib/seo/head-tags";
import { createMetadata } from "@/lib/seo/metadata";
import { buildOrganization, buildWebSite } from "@/lib/seo/structured-data";
import { SHELL } from "@/lib/shell";
import type { CodeSystemId } from "@/lib/codes/code-system";

import { getSystemSummaries } from "./browse-index";

/** Codes readers open most often; shown only when the record exists. */
const POPULAR = ["99213", "99214", "D3351", "D1110", "G2211", "45378", "93000", "27447"];
/** How many of the most recently reviewed records the page lists. */
const RECENT_COUNT = 6;

export interface HomeCodeLink {
  code: string;
  name: string;
}

export interface HomeSystem {
  id: CodeSystemId;
  label: string;
  owner: string;
  count: number;
  curatedCount: number;
}

export interface HomePageProps {
  head: PageHeadData;
  islandScript: string;
  structuredData: [ReturnType<typeof buildWebSite>, ReturnType<typeof buildOrganization>];
  systems: HomeSystem[];
  popular: HomeCodeLink[];
  recent: HomeCodeLink[];
}

const toLink = ({ code, name }: HomeCodeLink): HomeCodeLink => ({ code, name });

export function getHomePageProps(): HomePageProps {
  const metadata = createMetadata({
    title: SHELL.defaultTitle,
    description:
      "Look up CPT, HCPCS Level II and CDT billing codes: plain-language explanations, billing guidance and official CMS fee-schedule RVUs and payment.",
    path: "/",
  });
  // The home page's title is the site's own, without the " | CodeAtlas" every other page ends with.
  const head = { ...buildPageHead(metadata), title: SHELL.defaultTitle };
  const recent = [...getAllCodes()]
    .sort((a, b) => b.lastReviewed.localeCompare(a.lastReviewed) || a.code.localeCompare(b.code))
    .slice(0, RECENT_COUNT);
  return {
    head,
    islandScript: getIslandScriptUrl("code-page"),
    structuredData: [buildWebSite(), buildOrganization()],
    systems: getSystemSummaries().map(({ id, label, owner, count, curatedCount }) => ({
      id,
      label,
      owner,
      count,
      curatedCount,
    })),
    popular: POPULAR.flatMap((code) => getCode(code) ?? []).map(toLink),
    recent: recent.map(toLink),
  };
}
