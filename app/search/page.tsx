import type { Metadata } from "next";

import { SearchResults } from "@/components/search/search-results";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { SearchForm } from "@/components/layout/search-form";
import { search, SearchQueryError, type SearchHit } from "@/lib/search";
import { createMetadata } from "@/lib/seo/metadata";

type Props = { searchParams: Promise<{ q?: string | string[] }> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { q } = await searchParams;
  const query = typeof q === "string" ? q.trim().slice(0, 80) : "";
  return createMetadata({
    title: query ? `Search: ${query}` : "Search codes",
    description:
      "Search CPT, HCPCS Level II and CDT codes by code, name, synonym or plain words on CodeAtlas.",
    path: "/search",
    noindex: true,
  });
}

export default async function SearchPage({ searchParams }: Props) {
  const { q } = await searchParams;
  const query = typeof q === "string" ? q : "";
  let hits: SearchHit[] = [];
  let problem: string | undefined;
  try {
    hits = search(query, 30);
  } catch (error) {
    if (!(error instanceof SearchQueryError)) throw error;
    problem = "That search is too long. Try a code or a few words.";
  }
  return (
    <div className="max-w-3xl space-y-6">
      <Breadcrumbs items={[{ label: "Home", href: "/" }, { label: "Search" }]} />
      <h1 className="text-3xl font-bold">Search</h1>
      <SearchForm defaultValue={query} id="search-page-input" />
      <SearchResults query={query.trim()} hits={hits} problem={problem} />
    </div>
  );
}
