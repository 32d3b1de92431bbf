export interface FiguresRow {
  key: string;
  /** The row's header cell: what the figures are of. */
  header: React.ReactNode;
  /** The figures, right-aligned, one per column after the first. */
  cells: readonly React.ReactNode[];
}

/**
 * A small table of figures: the first column names each row (a row header), the others hold numbers.
 * Every table of the log has this one shape, so it reads the same way to a screen reader everywhere.
 */
export function FiguresTable({
  caption,
  captionClassName = "text-left font-semibold",
  columns,
  rows,
  className = "w-full max-w-md text-sm",
  rowHeaderClassName = "",
  testId,
}: {
  caption?: string;
  captionClassName?: string;
  columns: readonly string[];
  rows: readonly FiguresRow[];
  className?: string;
  rowHeaderClassName?: string;
  testId?: string;
}) {
  return (
    <table className={className} data-testid={testId}>
      {caption && <caption className={captionClassName}>{caption}</caption>}
      <thead>
        <tr>
          {columns.map((column, index) => (
            <th key={index} scope="col" className={index === 0 ? "text-left" : "text-right"}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} className="border-t border-slate-200 dark:border-slate-800">
            <th scope="row" className={`py-1 text-left font-normal ${rowHeaderClassName}`}>
              {row.header}
            </th>
            {row.cells.map((cell, index) => (
              <td key={index} className="text-right tabular-nums">
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
