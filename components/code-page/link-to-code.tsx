import { CopyButton } from "./copy-button";

export interface LinkSnippets {
  url: string;
  html: string;
  markdown: string;
}

/** "Link to this code": the canonical URL and ready-made HTML and Markdown links, readable without JS. */
export function LinkToCode({ snippets }: { snippets: LinkSnippets }) {
  const rows = [
    { id: "link-url", label: "URL", value: snippets.url },
    { id: "link-html", label: "HTML", value: snippets.html },
    { id: "link-markdown", label: "Markdown", value: snippets.markdown },
  ];
  return (
    <details
      className="rounded-md border border-slate-200 p-3 text-sm dark:border-slate-800"
      data-print-hidden
    >
      <summary className="cursor-pointer font-medium">Link to this code</summary>
      <div className="mt-3 space-y-3">
        {rows.map((row) => (
          <div key={row.id} className="space-y-1">
            <div className="flex items-center justify-between gap-2">
              <label htmlFor={row.id} className="font-medium">
                {row.label}
              </label>
              <CopyButton text={row.value} label={`Copy ${row.label}`} />
            </div>
            <input
              id={row.id}
              type="text"
              readOnly
              value={row.value}
              className="w-full rounded border border-slate-300 bg-slate-50 px-2 py-1 font-mono text-xs dark:border-slate-700 dark:bg-slate-900"
            />
          </div>
        ))}
      </div>
    </details>
  );
}
