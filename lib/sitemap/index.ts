/**
 * Sitemap entries for every indexable page, and the XML for one sitemap or a sitemap index. Which pages
 * are indexable is the route table's answer (lib/routes.ts): search results, the calculator and report
 * forms are marked so there, on purpose, as per-visitor states.
 */
import { SYSTEM_ORDER, getSystemSummary } from "@/lib/browse/browse-index";
import { categoryPagePath, getLaterCategoryPageParams } from "@/lib/browse/category-page";
import { getLaterSpecialtyPageParams, specialtyPagePath } from "@/lib/browse/specialty-page";
import { getAllCodeEntries } from "@/lib/code-index";
import { getAllCodes, getAllSpecialties } from "@/lib/content";
import { getAllModifiers } from "@/lib/modifiers";
import { getAllPosts, getAllTags, getPostPageCount } from "@/lib/blog";
import { blogPagePath, tagPath } from "@/lib/blog/paths";
import { getAllTerms } from "@/lib/glossary";
import { INDEXABLE_ROUTES, type IndexablePattern } from "@/lib/routes";
import {
  absoluteUrl,
  CAREER_STAGES,
  careerGuidePath,
  categoryPath,
  codePath,
  glossaryTermPath,
  modifierPath,
  specialtyPath,
  systemPath,
} from "@/lib/site";
import { buildXmlDocument } from "@/lib/xml/build-xml";

export interface SitemapEntry {
  path: string;
  /** "YYYY-MM-DD" from the record's review date, when the page has one. */
  lastModified?: string;
}

/** The protocol's limit per file. */
export const SITEMAP_URL_LIMIT = 50_000;

/**
 * URLs per numbered sitemap. With a page for every code the site has about 21,000 URLs; files of
 * 10,000 stay near 1 MB, well under the protocol's limits, and let a crawler refetch one part at a time.
 */
export const SITEMAP_CHUNK_SIZE = 10_000;

type Entries = () => { path: string; lastModified?: string | undefined }[];
type DynamicPattern = Extract<IndexablePattern, `${string}[${string}`>;

/**
 * Where the addresses of each indexable route come from. The type makes it complete: a route with
 * parameters that the table marks indexable needs its source here, and one it does not cannot have one.
 * A static route lists its own path unless it has a source (for its review date).
 */
type SitemapSources = Record<DynamicPattern, Entries> &
  Partial<Record<Exclude<IndexablePattern, DynamicPattern>, Entries>>;

function latestReview(records: { lastReviewed: string }[]): string | undefined {
  return records.reduce<string | undefined>(
    (latest, record) => (!latest || record.lastReviewed > latest ? record.lastReviewed : latest),
    undefined,
  );
}

function getSitemapSources(): SitemapSources {
  const codes = getAllCodes();
  const newestReview = latestReview(codes) ?? "";
  const reviewed = new Map(codes.map((record) => [record.code, record.lastReviewed]));
  const reviewedEntries = (entries: { code: string }[]) =>
    entries.flatMap((entry) => {
      const lastReviewed = reviewed.get(entry.code);
      return lastReviewed ? [{ lastReviewed }] : [];
    });
  const summaries = SYSTEM_ORDER.map((system) => ({ system, summary: getSystemSummary(system) }));
  return {
    "/": () => [{ path: "/", lastModified: newestReview }],
    "/codes": () => [{ path: "/codes", lastModified: newestReview }],
    "/codes/[slug]": () => [
      ...summaries.map(({ system, summary }) => ({
        path: systemPath(system),
        lastModified: latestReview(
          summary.categories.flatMap((category) => reviewedEntries(category.codes)),
        ),
      })),
      // Every code a reader can look up: curated records carry their review date, reference and
      // deleted pages (built from the data alone) none.
      ...getAllCodeEntries().map((entry) => ({
        path: codePath(entry.code),
        lastModified: reviewed.get(entry.code),
      })),
    ],
    "/modifiers/[modifier]": () =>
      getAllModifiers().map((item) => ({
        path: modifierPath(item.modifier),
        lastModified: item.record?.lastReviewed,
      })),
    "/codes/[slug]/[category]": () =>
      summaries.flatMap(({ system, summary }) =>
        summary.categories.map((category) => ({
          path: categoryPath(system, category.slug),
          lastModified: latestReview(reviewedEntries(category.codes)),
        })),
      ),
    "/codes/[slug]/[category]/page/[page]": () =>
      getLaterCategoryPageParams().map(({ slug, category, page }) => ({
        path: categoryPagePath(slug, category, Number(page)),
      })),
    "/specialties/[slug]": () =>
      getAllSpecialties().map((specialty) => ({
        path: specialtyPath(specialty.slug),
        lastModified: specialty.lastReviewed,
      })),
    "/specialties/[slug]/page/[page]": () =>
      getLaterSpecialtyPageParams().map(({ slug, page }) => ({
        path: specialtyPagePath(slug, Number(page)),
      })),
    "/career/[stage]": () => CAREER_STAGES.map((stage) => ({ path: careerGuidePath(stage.slug) })),
    "/resources/glossary/[slug]": () =>
      getAllTerms().map((term) => ({
        path: glossaryTermPath(term.slug),
        lastModified: term.lastReviewed,
      })),
    "/blog/[slug]": () =>
      getAllPosts().map((post) => ({
        path: post.href,
        lastModified: post.updated ?? post.published,
      })),
    "/blog/page/[page]": () =>
      Array.from({ length: Math.max(0, getPostPageCount() - 1) }, (_, index) => ({
        path: blogPagePath(index + 2),
      })),
    "/blog/tags/[tag]": () => getAllTags().map(({ tag }) => ({ path: tagPath(tag) })),
  };
}

/** Every indexable page, route by route in the route table's order. */
export function getSitemapEntries(): SitemapEntry[] {
  const sources: Partial<Record<IndexablePattern, Entries>> = getSitemapSources();
  return INDEXABLE_ROUTES.flatMap(
    (route) => sources[route.pattern]?.() ?? [{ path: route.pattern }],
  ).map(({ path, lastModified }) => (lastModified ? { path, lastModified } : { path }));
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

export function chunkEntries(entries: SitemapEntry[], size = SITEMAP_CHUNK_SIZE): SitemapEntry[][] {
  const chunks: SitemapEntry[][] = [];
  for (let start = 0; start < entries.length; start += size)
    chunks.push(entries.slice(start, start + size));
  return chunks;
}
