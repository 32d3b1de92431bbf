/**
 * Page metadata built in one place: canonical URL, Open Graph and Twitter tags all come from the same
 * title, description and path, so they cannot drift apart.
 */
import type { Metadata } from "next";

import { getCodeSystem } from "@/lib/codes/code-system";
import type { CodeRecord } from "@/lib/content";
import { SHELL } from "@/lib/shell";
import { absoluteUrl, codePath, SITE_NAME } from "@/lib/site";

export interface PageMetadataInput {
  title: string;
  description: string;
  /** Site path of the canonical URL, e.g. "/codes/D3351". */
  path: string;
  /** Keep the page out of search indexes (search results, calculator states). */
  noindex?: boolean;
}

const DESCRIPTION_MAX = 160;

/** Shortens text to fit a meta description, at a word boundary, with an ellipsis when cut. */
export function fitDescription(text: string, max = DESCRIPTION_MAX): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(" ")).replace(/[,;:.]$/, "")}…`;
}

export function createMetadata({ title, description, path, noindex }: PageMetadataInput): Metadata {
  const url = absoluteUrl(path);
  const fitted = fitDescription(description);
  return {
    title,
    description: fitted,
    alternates: { canonical: url },
    openGraph: {
      title,
      description: fitted,
      url,
      siteName: SITE_NAME,
      type: "website",
      locale: SHELL.locale,
    },
    twitter: { card: "summary_large_image", title, description: fitted },
    ...(noindex ? { robots: { index: false, follow: true } } : {}),
  };
}

/** "D3351 Apexification, opening visit with first medicament — CDT code" */
export function buildCodeTitle(record: CodeRecord): string {
  return `${record.code} ${record.name} — ${getCodeSystem(record.system).label} code`;
}

export function createCodeMetadata(record: CodeRecord): Metadata {
  const metadata = createMetadata({
    title: buildCodeTitle(record),
    description: record.description,
    path: codePath(record.code),
  });
  return { ...metadata, openGraph: { ...metadata.openGraph, type: "article" } };
}
