import { SiteLink } from "@/components/layout/site-link";
import type { CodeRow } from "@/lib/browse/code-rows";

/** The list of codes on category and specialty pages. */
export function CodeTable({ rows, caption }: { rows: CodeRow[]; caption: string }) {
  return (
    <div className="overflow-x-auto" role="region" aria-label={caption} tabIndex={0}>
      <table className="code-table w-full border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300 dark:border-slate-700">
            <th scope="col" className="py-2 pr-3">
              Code
            </th>
            <th scope="col" className="py-2 pr-3">
              Name and description
            </th>
            <th scope="col" className="py-2">
              Medicare status
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.code}>
              <th scope="row">
                <SiteLink href={row.href}>{row.code}</SiteLink>
              </th>
              <td>
                {row.name && <span className="code-name">{row.name}</span>}
                <span className="code-description">{row.description}</span>
                {row.kind === "curated" && <span className="code-explained">Explained</span>}
              </td>
              <td>{row.medicareStatus}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
