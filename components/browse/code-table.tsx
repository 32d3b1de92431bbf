import { SiteLink } from "@/components/layout/site-link";

export interface CodeRow {
  code: string;
  name: string;
  description: string;
  href: string;
  /** Medicare status in words, e.g. "Active" or "Restricted coverage". */
  medicareStatus: string;
}

/** The list of codes on category and specialty pages. */
export function CodeTable({ rows, caption }: { rows: CodeRow[]; caption: string }) {
  return (
    <div className="overflow-x-auto" role="region" aria-label={caption} tabIndex={0}>
      <table className="w-full border-collapse text-left text-sm">
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
            <tr
              key={row.code}
              className="border-b border-slate-200 align-top dark:border-slate-800"
            >
              <th scope="row" className="py-2 pr-3 font-mono font-semibold">
                <SiteLink
                  href={row.href}
                  className="text-brand-700 dark:text-brand-300 hover:underline"
                >
                  {row.code}
                </SiteLink>
              </th>
              <td className="py-2 pr-3">
                <span className="font-medium">{row.name}</span>
                <span className="block text-slate-600 dark:text-slate-400">{row.description}</span>
              </td>
              <td className="py-2">{row.medicareStatus}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
