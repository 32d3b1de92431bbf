/**
 * A plain GET form to /search: it works without JavaScript. Its search landmark is named, so it stays
 * distinct from the header's "Site search" on the same page.
 */
export function SearchForm({
  defaultValue,
  id = "page-search",
  landmarkLabel = "Code search",
}: {
  defaultValue?: string;
  id?: string;
  landmarkLabel?: string;
}) {
  return (
    <form
      action="/search"
      method="get"
      role="search"
      aria-label={landmarkLabel}
      className="flex w-full gap-2"
    >
      <label htmlFor={id} className="sr-only">
        Search codes
      </label>
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={defaultValue}
        placeholder="Search a code, name or keyword (press /)"
        autoComplete="off"
        className="min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 placeholder:text-slate-500 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400"
      />
      <button
        type="submit"
        className="bg-brand-700 hover:bg-brand-800 rounded-md px-3 py-2 text-sm font-medium text-white"
      >
        Search
      </button>
    </form>
  );
}
