import { headers } from "next/headers";
import Link from "next/link";

import { SearchForm } from "@/components/layout/search-form";
import { REQUESTED_PATH_HEADER } from "@/lib/codes/canonical-path";
import { suggestCodes } from "@/lib/search/suggest-codes";
import { codePath } from "@/lib/site";

function lastSegment(path: string): string {
  try {
    return decodeURIComponent(path.split("/").filter(Boolean).at(-1) ?? "");
  } catch {
    return "";
  }
}

export default async function NotFound() {
  const typed = lastSegment((await headers()).get(REQUESTED_PATH_HEADER) ?? "").slice(0, 40);
  const suggestions = suggestCodes(typed);
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p>There is no page at this address. If you were looking for a code, search for it or browse the code systems.</p>
      {suggestions.length > 0 && (
        <section aria-labelledby="suggestions-heading" className="space-y-2">
          <h2 id="suggestions-heading" className="text-lg font-semibold">Did you mean</h2>
          <ul className="space-y-1">
            {suggestions.map((record) => (
              <li key={record.code}>
                <Link href={codePath(record.code)} className="text-brand-700 underline dark:text-brand-300">
                  <span className="font-mono font-semibold">{record.code}</span> {record.name}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <SearchForm id="not-found-search" defaultValue={typed} />
      <p>
        <Link href="/codes" className="text-brand-700 underline dark:text-brand-300">Browse all codes</Link>
      </p>
    </div>
  );
}
