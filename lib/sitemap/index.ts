/**
 * Sitemap entries for every indexable page, and the XML for one sitemap or a sitemap index. Search
 * results, the calculator and report forms are left out on purpose: they are per-visitor states.
 */
import { SYSTEM_ORDER, getSystemSummary } from "@/lib/browse/browse-index";
import { categoryPagePath, getLaterCategoryPageParams } from "@/lib/browse/category-page";
import { getLaterSpecialtyPageParams, specialtyPagePath } from "@/lib/browse/specialty-page";
import { getAllCodes, getAllSpecialties } from "@/lib/content";
import { getAllPosts, getAllTags, getPostPageCount } from "@/lib/blog";
import { blogPagePath, tagPath } from "@/lib/blog/paths";
import { getAllTerms } from "@/lib/glossary";
import {
  absoluteUrl,
  CAREER_STAGES,
  careerGuidePath,
  categoryPath,
  codePath,
  GLOSSARY_PATH,
  glossaryTermPath,
  specialtyPath,
  systemPath,
} from "@/lib/site";
import { buildXmlDocument } from "@/lib/xml/build-xml";

export interface SitemapEntry {
  path: string;
  /** "YYYY-MM-DD" from the record's review date, when the page has one. */
  lastModified?: string;
}

/** The protocol's limit per file; above it the site serves an index of numbered sitemaps. */
export const SITEMAP_URL_LIMIT = 50_000;

const STATIC_PATHS = [
  "/",
  "/codes",
  "/specialties",
  "/career",
  "/resources",
  GLOSSARY_PATH,
  "/blog",
  "/support",
];

export function getSitemapEntries(): SitemapEntry[] {
  const codes = getAllCodes();
  const newestReview = codes.reduce(
    (latest, record) => (record.lastReviewed > latest ? record.lastReviewed : latest),
    "",
  );
  const latestIn = (records: { lastReviewed: string }[]) =>
    records.reduce<string | undefined>(
      (latest, record) => (!latest || record.lastReviewed > latest ? record.lastReviewed : latest),
      undefined,
    );
  const entries: { path: string; lastModified?: string | undefined }[] = [
    ...STATIC_PATHS.map((path) => ({
      path,
      ...(path === "/" || path === "/codes" ? { lastModified: newestReview } : {}),
    })),
    ...SYSTEM_ORDER.flatMap((system) => {
      const summary = getSystemSummary(system);
      return [
        {
          path: systemPath(system),
          lastModified: latestIn(summary.categories.flatMap((category) => category.codes)),
        },
        ...summary.categories.map((category) => ({
          path: categoryPath(system, category.slug),
          lastModified: latestIn(category.codes),
        })),
      ];
    }),
    ...getLaterCategoryPageParams().map(({ slug, category, page }) => ({
      path: categoryPagePath(slug, category, Number(page)),
    })),
    ...CAREER_STAGES.map((stage) => ({ path: careerGuidePath(stage.slug) })),
    ...getAllPosts().map((post) => ({
      path: post.href,
      lastModified: post.updated ?? post.published,
    })),
    ...getAllTags().map(({ tag }) => ({ path: tagPath(tag) })),
    ...Array.from({ length: Math.max(0, getPostPageCount() - 1) }, (_, index) => ({
      path: blogPagePath(index + 2),
    })),
    ...getAllTerms().map((term) => ({
      path: glossaryTermPath(term.slug),
      lastModified: term.lastReviewed,
    })),
    ...getAllSpecialties().map((specialty) => ({
      path: specialtyPath(specialty.slug),
      lastModified: specialty.lastReviewed,
    })),
    ...getLaterSpecialtyPageParams().map(({ slug, page }) => ({
      path: specialtyPagePath(slug, Number(page)),
    })),
    ...codes.map((record) => ({ path: codePath(record.code), lastModified: record.lastReviewed })),
  ];
  return entries.map(({ path, lastModified }) =>
    lastModified ? { path, lastModified } : { path },
  );
}

const SITEMAP_NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

export function renderUrlSet(entries: SitemapEntry[]): string {
  const url = entries.map((entry) => ({
    loc: absoluteUrl(entry.path),
    lastmod: entry.lastModified || undefined,
  }));
  return buildXmlDocument({ urlset: { "@_xmlns": SITEMAP_NAMESPACE, url } });
}

export function renderSitemapIndex(chunkCount: number): string {
  const sitemap = Array.from({ length: chunkCount }, (_, index) => ({
    loc: absoluteUrl(`/sitemaps/${index}.xml`),
  }));
  return buildXmlDocument({ sitemapindex: { "@_xmlns": SITEMAP_NAMESPACE, sitemap } });
}

export function chunkEntries(entries: SitemapEntry[], size = SITEMAP_URL_LIMIT): SitemapEntry[][] {
  const chunks: SitemapEntry[][] = [];
  for (let start = 0; start < entries.length; start += size)
    chunks.push(entries.slice(start, start + size));
  return chunks;
}
