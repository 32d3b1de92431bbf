/**
 * Everything a code page shows, gathered from the content loader into plain props for the components.
 */
import { getPostsMentioningCode } from "@/lib/blog";
import { getCodeEntry, getEntryNeighbours } from "@/lib/code-index";
import { getCodeSystem } from "@/lib/codes/code-system";
import { getCode, getSpecialty, type CodeRecord } from "@/lib/content";
import { absoluteUrl, categoryPath, codePath, specialtyPath, systemPath } from "@/lib/site";

import { linkToEntry, type CodeLink } from "./code-link";
import { buildFaq, type FaqEntry } from "./default-faq";

export type { CodeLink } from "./code-link";

/**
 * The parts of the record the page shows. Only these reach the page's props (which getStaticProps must be
 * able to serialise): the record's Markdown, search fields and raw sections stay with the loader.
 */
export type CodePageRecord = Pick<
  CodeRecord,
  "code" | "name" | "description" | "plainLanguage" | "synonyms" | "lastReviewed" | "retired"
> & { category: Pick<CodeRecord["category"], "name"> };

export interface CodePageModel {
  record: CodePageRecord;
  systemLabel: string;
  systemHref: string;
  categoryHref: string;
  breadcrumbs: { label: string; href?: string }[];
  clinicalHtml: string;
  billingHtml: string;
  specialties: { name: string; href: string; summary: string }[];
  related: { code: string; name: string; note: string | undefined; href: string | undefined }[];
  /** Blog posts that reference the code, newest first. */
  mentionedIn: { title: string; href: string; published: string }[];
  faq: FaqEntry[];
  calculatorHref: string;
  reportHref: string;
  linkSnippets: { url: string; html: string; markdown: string };
  attribution: string;
  replacements: CodeLink[];
  medicareAlternative: CodeLink | undefined;
  previous: CodeLink | undefined;
  next: CodeLink | undefined;
}

function linkTo(record: { code: string; name: string } | undefined): CodeLink | undefined {
  return record && { code: record.code, name: record.name, href: codePath(record.code) };
}

function sectionHtml(record: CodeRecord, id: string): string {
  return record.sections.find((section) => section.id === id)?.html ?? "";
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** Ready-to-paste links to the canonical URL of a code page. */
export function buildLinkSnippets(record: CodeRecord): CodePageModel["linkSnippets"] {
  const url = absoluteUrl(codePath(record.code));
  const text = `${record.code} ${record.name}`;
  return {
    url,
    html: `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>`,
    markdown: `[${text.replace(/([\[\]\\])/g, "\\$1")}](${url})`,
  };
}

/**
 * @param coverageAnswer the fee-schedule explanation of payment, used for the "Is it covered?" question
 */
export function buildCodePage(record: CodeRecord, coverageAnswer: string): CodePageModel {
  const system = getCodeSystem(record.system);
  const systemHref = systemPath(record.system);
  const categoryHref = categoryPath(record.system, record.category.slug);
  const entry = getCodeEntry(record.code);
  const { previous, next } = entry ? getEntryNeighbours(entry) : {};
  return {
    record: {
      code: record.code,
      name: record.name,
      description: record.description,
      plainLanguage: record.plainLanguage,
      synonyms: record.synonyms,
      lastReviewed: record.lastReviewed,
      retired: record.retired,
      category: { name: record.category.name },
    },
    systemLabel: system.label,
    systemHref,
    categoryHref,
    breadcrumbs: [
      { label: "Home", href: "/" },
      { label: "Codes", href: "/codes" },
      { label: system.label, href: systemHref },
      { label: record.category.name, href: categoryHref },
      { label: record.code },
    ],
    clinicalHtml: sectionHtml(record, "clinical-context"),
    billingHtml: sectionHtml(record, "billing-and-documentation"),
    specialties: record.specialties.flatMap((slug) => {
      const specialty = getSpecialty(slug);
      return specialty
        ? [{ name: specialty.name, href: specialtyPath(slug), summary: specialty.summary }]
        : [];
    }),
    related: record.related.map((entry) => ({
      ...entry,
      href: entry.hasPage ? codePath(entry.code) : undefined,
    })),
    mentionedIn: getPostsMentioningCode(record.code).map(({ title, href, published }) => ({
      title,
      href,
      published,
    })),
    faq: buildFaq(record, system, coverageAnswer),
    calculatorHref: `/calculator?add=${encodeURIComponent(record.code)}`,
    reportHref: `/support/report?code=${encodeURIComponent(record.code)}`,
    linkSnippets: buildLinkSnippets(record),
    attribution: system.attribution,
    replacements: (record.retired?.replacedBy ?? []).flatMap((code) => linkTo(getCode(code)) ?? []),
    medicareAlternative: record.medicareAlternative
      ? linkTo(getCode(record.medicareAlternative))
      : undefined,
    previous: linkToEntry(previous),
    next: linkToEntry(next),
  };
}
