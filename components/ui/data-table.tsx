import { ScrollableTable } from "@/components/layout/scrollable-table";

/** One column of a {@link DataTable}: its heading and how a row fills it. */
export interface DataColumn<Row> {
  header: string;
  cell: (row: Row) => React.ReactNode;
  /** Figures are right-aligned with tabular digits; text is left-aligned. Default "text". */
  kind?: "text" | "figure";
  /** Bold cells, for the figure a reader came for (a payment). */
  emphasis?: boolean;
}

export interface DataTableProps<Row> {
  caption: string;
  rows: readonly Row[];
  /** Labels each row; rendered as the row's header cell. */
  rowHeader: DataColumn<Row>;
  columns: readonly DataColumn<Row>[];
  rowKey: (row: Row) => string;
}

const HEAD_ROW = "bg-slate-50 text-slate-700 dark:bg-slate-900 dark:text-slate-300";
const BORDER = "border-b border-slate-200 dark:border-slate-800";

function cellClass(column: DataColumn<unknown>, bold: boolean): string {
  const align = column.kind === "figure" ? "text-right tabular-nums" : "text-left";
  return `px-3 py-2 whitespace-nowrap ${align}${bold ? " font-semibold" : ""}`;
}

/**
 * A captioned table with one header row, described by its columns: the shape of most figure tables on
 * the site. Tables with grouped headings (the RVU table) keep their own markup.
 */
export function DataTable<Row>({ caption, rows, rowHeader, columns, rowKey }: DataTableProps<Row>) {
  return (
    <ScrollableTable caption={caption}>
      <thead className={HEAD_ROW}>
        <tr className={BORDER}>
          {[rowHeader, ...columns].map((column) => (
            <th
              key={column.header}
              scope="col"
              className={cellClass(column as DataColumn<unknown>, true)}
            >
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)} className={`${BORDER} last:border-b-0`}>
            <th scope="row" className="px-3 py-2 text-left font-medium whitespace-nowrap">
              {rowHeader.cell(row)}
            </th>
            {columns.map((column) => (
              <td
                key={column.header}
                className={cellClass(column as DataColumn<unknown>, column.emphasis === true)}
              >
                {column.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}
