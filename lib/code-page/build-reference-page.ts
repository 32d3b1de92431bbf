/**
 * What a reference page shows: a code that is in the official CMS files but has no curated record yet,
 * or a code the current files no longer list (deleted). Everything comes from the data: the code's
 * system and category from the range tables, the HCPCS Level II description (public domain, quoted),
 * the fee-schedule rows and indicators in words, the modifiers they make relevant, and the curated codes
 * nearby. CPT and CDT descriptors (AMA and ADA text) are never shown.
 */
import { categoryPagePath } from "@/lib/browse/category-page";
import type { CodeEntry } from "@/lib/code-index";
import { getSectionStart, getEntryNeighbours, getNearestCurated } from "@/lib/code-index";
import { getCodeSystem } from "@/lib/codes/code-system";
import { buildCoverageAnswer, type CodePricing } from "@/lib/fee-schedule/code-pricing";
import { explainPaymentIndicators, type IndicatorExplanation } from "@/lib/fee-schedule/indicators";
import { getHcpcsRelease, getReleases } from "@/lib/fee-schedule/load";
import { explainGlobalPeriod } from "@/lib/fee-schedule/status";
import { getModifier } from "@/lib/modifiers";
import { CODES_PER_PAGE } from "@/lib/paginate";
import { categoryPath, modifierPath, systemPath } from "@/lib/site";

import { linkToEntry, type CodeLink } from "./code-link";
import type { FaqEntry } from "./default-faq";
import { buildReferenceFaq } from "./reference-faq";

export interface RelevantModifier {
  modifier: string;
  /** The name its modifier record gives it: "Bilateral procedure". */
  name: string;
  href: string;
}

export interface ReferencePageModel {
  code: string;
  kind: "reference" | "deleted";
  systemId: CodeEntry["system"];
  systemLabel: string;
  systemHref: string;
  categoryName: string;
  categoryHref: string;
  section: { name: string; href: string } | undefined;
  breadcrumbs: { label: string; href?: string }[];
  /** The public-domain HCPCS Level II description and the release it is quoted from. */
  hcpcsDescription: { text: string; source: string } | undefined;
  /** Set for a deleted code: the last release that listed it. */
  lastListedIn: string | undefined;
  nearbyCurated: CodeLink[];
  indicators: IndicatorExplanation[];
  modifiers: RelevantModifier[];
  faq: FaqEntry[];
  /** Only for codes Medicare prices from RVUs in the current release. */
  calculatorHref: string | undefined;
  reportHref: string;
  attribution: string;
  previous: CodeLink | undefined;
  next: CodeLink | undefined;
}

/** The category listing page where a section begins, with the section's anchor. */
function sectionHref(entry: CodeEntry): string | undefined {
  if (!entry.section) return undefined;
  const page = Math.floor(getSectionStart(entry) / CODES_PER_PAGE) + 1;
  return `${categoryPagePath(entry.system, entry.category.slug, page)}#section-${entry.section.slug}`;
}

/** The global surgery package as an indicator row, with its pre/intra/post-operative shares when CMS gives them. */
function globalPackage(pricing: CodePricing): IndicatorExplanation[] {
  const row = pricing.rows.find((candidate) => candidate.modifier === "") ?? pricing.rows[0];
  if (!row || !["000", "010", "090"].includes(row.globalDays)) return [];
  const period = explainGlobalPeriod(row.globalDays);
  const percent = (share: number) => `${Math.round(share * 100)}%`;
  const shares =
    row.preOpShare + row.intraOpShare + row.postOpShare > 0
      ? ` Of the package, ${percent(row.preOpShare)} is care before the procedure, ${percent(row.intraOpShare)} the procedure itself with hospital follow-up, and ${percent(row.postOpShare)} office care after discharge: a surgeon who provides only part of it bills with modifier 54, 55 or 56.`
      : "";
  return [
    {
      id: "global-period",
      label: "Global surgery package",
      value: period.name,
      detail: `${period.meaning}${shares}`,
      modifiers: shares ? ["54", "55", "56"] : [],
    },
  ];
}

/**
 * Indicators worth a reader's time: all of them for codes Medicare can pay from the fee schedule; for
 * dental codes and codes paid some other way, the surgical adjustments are moot and only the supervision
 * level (which still governs who may do a test) is kept.
 */
function indicatorsFor(entry: CodeEntry, pricing: CodePricing): IndicatorExplanation[] {
  const global = pricing.rows.find((row) => row.modifier === "") ?? pricing.rows[0];
  if (!global) return [];
  const all = [...globalPackage(pricing), ...explainPaymentIndicators(global)];
  const payable = entry.system !== "cdt" && ["A", "R", "T", "C"].includes(global.status);
  return payable ? all : all.filter((indicator) => indicator.id === "physician-supervision");
}

/**
 * The reading order of the modifiers a reference page can list: splitting a service, sides, several
 * procedures, splitting the surgical package, more than one surgeon. Ids only: what each is called comes
 * from its modifier record, so this page and the modifier's own page cannot name it differently.
 */
const MODIFIER_ORDER = [
  "26",
  "TC",
  "50",
  "RT",
  "LT",
  "51",
  "54",
  "55",
  "56",
  "62",
  "66",
  "80",
  "82",
  "AS",
];

/** The modifiers the indicators make relevant, in reading order, each linked to its page. */
function relevantModifiers(
  indicators: IndicatorExplanation[],
  pricing: CodePricing,
): RelevantModifier[] {
  const wanted = new Set(indicators.flatMap((indicator) => indicator.modifiers));
  const global = pricing.rows.find((row) => row.modifier === "");
  if (global?.pctcIndicator === "1") {
    wanted.add("26");
    wanted.add("TC");
  }
  return MODIFIER_ORDER.filter((id) => wanted.has(id)).map((id) => {
    // The page would lose a modifier it should name, or link to a 404: fail the build instead.
    const modifier = getModifier(id);
    if (!modifier)
      throw new Error(
        `content/modifiers/${id}.md: missing; reference pages list modifier ${id} (lib/code-page/build-reference-page.ts)`,
      );
    return { modifier: id, name: modifier.name, href: modifierPath(id) };
  });
}

function releaseLabel(id: string | undefined): string | undefined {
  return id && getReleases().find((release) => release.id === id)?.label;
}

function headerLinks(entry: CodeEntry) {
  const system = getCodeSystem(entry.system);
  const systemHref = systemPath(entry.system);
  const categoryHref = categoryPath(entry.system, entry.category.slug);
  const sectionLink = entry.section && { name: entry.section.name, href: sectionHref(entry)! };
  return {
    systemLabel: system.label,
    systemHref,
    categoryName: entry.category.name,
    categoryHref,
    section: sectionLink,
    breadcrumbs: [
      { label: "Home", href: "/" },
      { label: "Codes", href: "/codes" },
      { label: system.label, href: systemHref },
      { label: entry.category.name, href: categoryHref },
      ...(sectionLink ? [{ label: sectionLink.name, href: sectionLink.href }] : []),
      { label: entry.code },
    ],
    attribution: system.attribution,
  };
}

/**
 * @param pricing the code's rows in the current release, or for a deleted code in the last release that
 *   listed it
 */
export function buildReferencePage(entry: CodeEntry, pricing: CodePricing): ReferencePageModel {
  const kind = entry.kind === "deleted" ? "deleted" : "reference";
  const indicators = indicatorsFor(entry, pricing);
  const hcpcsRelease = getHcpcsRelease();
  const hcpcsDescription =
    entry.system === "hcpcs" && entry.name && kind === "reference" && hcpcsRelease
      ? { text: entry.name, source: hcpcsRelease.label }
      : undefined;
  const lastListedIn = kind === "deleted" ? releaseLabel(entry.lastReleaseId) : undefined;
  const { previous, next } = getEntryNeighbours(entry);
  const model: Omit<ReferencePageModel, "faq"> = {
    code: entry.code,
    kind,
    systemId: entry.system,
    ...headerLinks(entry),
    hcpcsDescription,
    lastListedIn,
    nearbyCurated: getNearestCurated(entry).map((other) => linkToEntry(other)!),
    indicators,
    modifiers: relevantModifiers(indicators, pricing),
    calculatorHref:
      kind === "reference" && pricing.pricing.priced
        ? `/calculator?add=${encodeURIComponent(entry.code)}`
        : undefined,
    reportHref: `/support/report?code=${encodeURIComponent(entry.code)}`,
    previous: linkToEntry(previous),
    next: linkToEntry(next),
  };
  return { ...model, faq: buildReferenceFaq(model, buildCoverageAnswer(entry.code, pricing)) };
}
