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
  /** Extra classes for a row, e.g. to mark the one the reader is looking at. */
  rowClassName?: (row: Row) => string | undefined;
}

/**
 * The classes of a DataTable's parts, for the tables that must keep their own markup (grouped headings,
 * form fields in cells, a totals row) but should look the same.
 */
export const TABLE_CLASSES = {
  headRow: "bg-slate-50 text-slate-700 dark:bg-slate-900 dark:text-slate-300",
  border: "border-b border-slate-200 dark:border-slate-800",
} as const;

/** A cell's classes: figures right-aligned with tabular digits, text left-aligned; never wrapped. */
export function cellClass(column: Pick<DataColumn<unknown>, "kind" | "emphasis">): string {
  const align = column.kind === "figure" ? "text-right tabular-nums" : "text-left";
  return `px-3 py-2 whitespace-nowrap ${align}${column.emphasis ? " font-semibold" : ""}`;
}

/** A column heading's classes: aligned like its cells, bold. */
export function headCellClass(kind: DataColumn<unknown>["kind"]): string {
  return `px-3 py-2 whitespace-nowrap font-semibold ${kind === "figure" ? "text-right" : "text-left"}`;
}

function rowClasses(extra: string | undefined): string {
  const base = `${TABLE_CLASSES.border} last:border-b-0`;
  return extra ? `${base} ${extra}` : base;
}

/**
 * A captioned table with one header row, described by its columns: the shape of most figure tables on
 * the site. Tables with grouped headings (the RVU table) keep their own markup.
 */
export function DataTable<Row>({
  caption,
  rows,
  rowHeader,
  columns,
  rowKey,
  rowClassName,
}: DataTableProps<Row>) {
  return (
    <ScrollableTable caption={caption}>
      <thead className={TABLE_CLASSES.headRow}>
        <tr className={TABLE_CLASSES.border}>
          {[rowHeader, ...columns].map((column) => (
            <th key={column.header} scope="col" className={headCellClass(column.kind)}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)} className={rowClasses(rowClassName?.(row))}>
            <th scope="row" className="px-3 py-2 text-left font-medium whitespace-nowrap">
              {rowHeader.cell(row)}
            </th>
            {columns.map((column) => (
              <td key={column.header} className={cellClass(column)}>
                {column.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}
