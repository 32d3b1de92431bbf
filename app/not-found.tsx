import Link from "next/link";

import { SearchForm } from "@/components/layout/search-form";
import { CodeSuggestions } from "@/components/search/code-suggestions";

export default function NotFound() {
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p>
        There is no page at this address. If you were looking for a code, search for it or browse
        the code systems.
      </p>
      <CodeSuggestions />
      <SearchForm id="not-found-search" />
      <p>
        <Link href="/codes" className="text-brand-700 dark:text-brand-300 underline">
          Browse all codes
        </Link>
      </p>
    </div>
  );
}
