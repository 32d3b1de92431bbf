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

export function buildCodeWebPage(
  record: CodeRecord,
  specialtyNames: string[],
  title: string,
): WithContext<MedicalWebPage> {
  const system = getCodeSystem(record.system);
  const url = absoluteUrl(codePath(record.code));
  return {
    "@context": "https://schema.org",
    "@type": "MedicalWebPage",
    "@id": url,
    url,
    name: title,
    description: record.description,
    inLanguage: "en",
    lastReviewed: record.lastReviewed,
    about: {
      "@type": "MedicalCode",
      codeValue: record.code,
      codingSystem: system.label,
      name: record.name,
    },
    specialty: specialtyNames.map((name, index) => ({
      "@type": "MedicalSpecialty",
      name,
      url: absoluteUrl(specialtyPath(record.specialties[index]!)),
    })) as unknown as MedicalWebPage["specialty"],
    isPartOf: { "@type": "WebSite", name: SITE_NAME, url: getSiteUrl() },
  };
}

/**
 * A reference page: a MedicalCode within a MedicalWebPage, named by the page title; no `lastReviewed`
 * because no person has reviewed it, and no code name where the only name would be AMA or ADA text.
 */
export function buildReferenceWebPage(
  entry: { code: string; system: CodeSystemId; name: string | undefined },
  text: { title: string; description: string },
): WithContext<MedicalWebPage> {
  const url = absoluteUrl(codePath(entry.code));
  return {
    "@context": "https://schema.org",
    "@type": "MedicalWebPage",
    "@id": url,
    url,
    name: text.title,
    description: text.description,
    inLanguage: "en",
    about: {
      "@type": "MedicalCode",
      codeValue: entry.code,
      codingSystem: getCodeSystem(entry.system).label,
      // CMS's HCPCS text runs to thousands of characters; the page quotes it whole, the name stays short.
      ...(entry.system === "hcpcs" && entry.name ? { name: fitDescription(entry.name, 150) } : {}),
    },
    isPartOf: { "@type": "WebSite", name: SITE_NAME, url: getSiteUrl() },
  };
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
