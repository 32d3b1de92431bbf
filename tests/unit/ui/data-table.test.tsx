import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { DataTable } from "@/components/ui/data-table";

interface Row {
  release: string;
  payment: string;
  current: boolean;
}

const ROWS: Row[] = [
  { release: "RVU25D", payment: "$137.47", current: false },
  { release: "RVU26C", payment: "$124.92", current: true },
];

function render() {
  return renderToStaticMarkup(
    <DataTable<Row>
      caption="The same list in each release"
      rows={ROWS}
      rowKey={(row) => row.release}
      rowClassName={(row) => (row.current ? "bg-brand-50" : undefined)}
      rowHeader={{ header: "Release", cell: (row) => row.release }}
      columns={[
        { header: "National payment", kind: "figure", emphasis: true, cell: (row) => row.payment },
      ]}
    />,
  );
}

describe("DataTable", () => {
  it("captions the table and names its scroll region after the caption", () => {
    const html = render();
    expect(html).toContain(
      'role="region" aria-label="The same list in each release (scrollable table)"',
    );
    expect(html).toContain(">The same list in each release</caption>");
  });

  it("heads columns with scope=col and each row with a scope=row header cell", () => {
    const html = render();
    expect(html).toContain(
      '<th scope="col" class="px-3 py-2 whitespace-nowrap font-semibold text-left">Release</th>' +
        '<th scope="col" class="px-3 py-2 whitespace-nowrap font-semibold text-right">National payment</th>',
    );
    expect(html).toContain(
      '<th scope="row" class="px-3 py-2 text-left font-medium whitespace-nowrap">RVU25D</th>' +
        '<td class="px-3 py-2 whitespace-nowrap text-right tabular-nums font-semibold">$137.47</td>',
    );
  });

  it("adds a row's extra classes only to that row", () => {
    const html = render();
    expect(html).toContain(
      '<tr class="border-b border-slate-200 dark:border-slate-800 last:border-b-0"><th scope="row"',
    );
    expect(html).toContain(
      '<tr class="border-b border-slate-200 dark:border-slate-800 last:border-b-0 bg-brand-50"><th scope="row" class="px-3 py-2 text-left font-medium whitespace-nowrap">RVU26C',
    );
  });
});
