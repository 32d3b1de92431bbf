/**
 * Pure JSON-LD builders (schema.org, typed with schema-dts). Each mirrors what the page shows: the
 * breadcrumb list is the visible breadcrumbs, the FAQ is the visible FAQ word for word.
 */
import type {
  BreadcrumbList,
  FAQPage,
  MedicalWebPage,
  Organization,
  WebSite,
  WithContext,
} from "schema-dts";

import { getCodeSystem, type CodeSystemId } from "@/lib/codes/code-system";
import { fitDescription } from "@/lib/seo/metadata";
import type { CodeRecord } from "@/lib/content";
import {
  absoluteUrl,
  codePath,
  getSiteUrl,
  SITE_NAME,
  SITE_TAGLINE,
  specialtyPath,
} from "@/lib/site";

export interface BreadcrumbItem {
  label: string;
  href?: string;
}

export function buildBreadcrumbList(
  items: BreadcrumbItem[],
  currentPath: string,
): WithContext<BreadcrumbList> {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: items.map((item, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: item.label,
      item: absoluteUrl(item.href ?? currentPath),
    })),
  };
}

export function buildFaqPage(
  entries: { question: string; answer: string }[],
): WithContext<FAQPage> {
  return {
    "@context": "https://schema.org",
    "@type": "FAQPage",
    mainEntity: entries.map((entry) => ({
      "@type": "Question",
      name: entry.question,
      acceptedAnswer: { "@type": "Answer", text: entry.answer },
    })),
  };
}

/** What sets one code page's JSON-LD apart from another's; the rest of the page description is shared. */
interface CodeWebPageParts {
  code: string;
  system: CodeSystemId;
  title: string;
  description: string;
  /** Only for a page a person has reviewed. */
  lastReviewed?: string;
  /** Left out where the only name would be AMA or ADA text. */
  codeName?: string;
  /** The specialties the page lists, in the page's order. */
  specialties?: { name: string; slug: string }[];
}

/**
 * A MedicalCode within a MedicalWebPage. Keys are added in a fixed order, and absent parts leave no key
 * at all, because the serialised JSON is part of the page's bytes.
 */
function buildCodeWebPageFrom(parts: CodeWebPageParts): WithContext<MedicalWebPage> {
  const url = absoluteUrl(codePath(parts.code));
  return {
    "@context": "https://schema.org",
    "@type": "MedicalWebPage",
    "@id": url,
    url,
    name: parts.title,
    description: parts.description,
    inLanguage: "en",
    ...(parts.lastReviewed === undefined ? {} : { lastReviewed: parts.lastReviewed }),
    about: {
      "@type": "MedicalCode",
      codeValue: parts.code,
      codingSystem: getCodeSystem(parts.system).label,
      ...(parts.codeName === undefined ? {} : { name: parts.codeName }),
    },
    ...(parts.specialties === undefined
      ? {}
      : {
          specialty: parts.specialties.map((specialty) => ({
            "@type": "MedicalSpecialty",
            name: specialty.name,
            url: absoluteUrl(specialtyPath(specialty.slug)),
          })) as unknown as MedicalWebPage["specialty"],
        }),
    isPartOf: { "@type": "WebSite", name: SITE_NAME, url: getSiteUrl() },
  };
}

/** A curated code page: reviewed, named by our record, with its specialties (names in record order). */
export function buildCodeWebPage(
  record: CodeRecord,
  specialtyNames: string[],
  title: string,
): WithContext<MedicalWebPage> {
  return buildCodeWebPageFrom({
    code: record.code,
    system: record.system,
    title,
    description: record.description,
    lastReviewed: record.lastReviewed,
    codeName: record.name,
    specialties: specialtyNames.map((name, index) => ({
      name,
      slug: record.specialties[index]!,
    })),
  });
}

/**
 * A reference page: no `lastReviewed` because no person has reviewed it, and no code name where the only
 * name would be AMA or ADA text.
 */
export function buildReferenceWebPage(
  entry: { code: string; system: CodeSystemId; name: string | undefined },
  text: { title: string; description: string },
): WithContext<MedicalWebPage> {
  return buildCodeWebPageFrom({
    code: entry.code,
    system: entry.system,
    title: text.title,
    description: text.description,
    // CMS's HCPCS text runs to thousands of characters; the page quotes it whole, the name stays short.
    codeName: entry.system === "hcpcs" && entry.name ? fitDescription(entry.name, 150) : undefined,
  });
}

export function buildWebSite(): WithContext<WebSite> {
  return {
    "@context": "https://schema.org",
    "@type": "WebSite",
    name: SITE_NAME,
    description: SITE_TAGLINE,
    url: getSiteUrl(),
    potentialAction: {
      "@type": "SearchAction",
      target: {
        "@type": "EntryPoint",
        urlTemplate: `${absoluteUrl("/search")}?q={search_term_string}`,
      },
      "query-input": "required name=search_term_string",
    } as unknown as WebSite["potentialAction"],
  };
}

export function buildOrganization(): WithContext<Organization> {
  return {
    "@context": "https://schema.org",
    "@type": "Organization",
    name: SITE_NAME,
    url: getSiteUrl(),
    description: "Editors of a public reference for medical and dental billing codes.",
  };
}
