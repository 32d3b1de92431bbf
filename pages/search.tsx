/**
 * /search?q=…: results rendered per request. Read, not used, so like the code pages it links to it ships
 * no framework runtime: the form is a plain GET form, and the header search is enhanced by the island
 * script (docs/islands.md).
 */
import type { GetServerSideProps } from "next";

import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { SearchForm } from "@/components/layout/search-form";
import { StaticPage, staticPageLayout } from "@/components/layout/static-page";
import { SearchResults } from "@/components/search/search-results";
import { PageHead } from "@/components/seo/page-head";
import { getSearchPageProps, type SearchPageProps } from "@/lib/search/search-page-props";

export const config = { unstable_runtimeJS: false };

export const getServerSideProps: GetServerSideProps<SearchPageProps> = async ({ query }) => ({
  props: getSearchPageProps(query.q),
});

export default function SearchRoute({ head, islandScript, query, hits, problem }: SearchPageProps) {
  return (
    <StaticPage head={<PageHead head={head} />} islandScript={islandScript}>
      <div className="max-w-3xl space-y-6">
        <Breadcrumbs items={[{ label: "Home", href: "/" }, { label: "Search" }]} />
        <h1 className="text-3xl font-bold">Search</h1>
        <SearchForm defaultValue={query} id="search-page-input" />
        <SearchResults query={query.trim()} hits={hits} {...(problem ? { problem } : {})} />
      </div>
    </StaticPage>
  );
}

// StaticPage draws the site shell itself (components/layout/static-page.tsx).
SearchRoute.getLayout = staticPageLayout;
