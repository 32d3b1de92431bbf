import type { ReleaseInfo, RvuRow } from "@/lib/fee-schedule/schema";
import {
  formatDollars,
  formatPercentChange,
  formatRvu,
  nationalPayment,
  percentChange,
} from "@/lib/fee-schedule/payment";
import { isPaidFromRvus } from "@/lib/fee-schedule/status";

export interface RvuHistoryChartProps {
  code: string;
  /** As `getRvuHistory` returns it: oldest release first; the global row (no modifier) of each is charted. */
  history: readonly {
    release: Pick<ReleaseInfo, "id" | "label" | "conversionFactor">;
    rows: readonly Pick<
      RvuRow,
      "modifier" | "status" | "notUsedForMedicarePayment" | "totalNonFacility"
    >[];
  }[];
}

interface Point {
  releaseId: string;
  label: string;
  totalRvu: number;
  /** Null when Medicare does not pay the row from RVUs in that release. */
  payment: number | null;
}

const WIDTH = 560;
const PANEL_HEIGHT = 110;
const GAP = 36;
const MARGIN = { top: 28, right: 48, bottom: 30, left: 48 };
const HEIGHT = MARGIN.top + PANEL_HEIGHT * 2 + GAP + MARGIN.bottom;

/** Maps values into a panel, padding the range so a flat line sits mid-panel instead of on an edge. */
function scale(values: number[], top: number): (value: number) => number {
  const min = Math.min(...values);
  const max = Math.max(...values);
  const pad = max === min ? Math.max(max * 0.1, 1) : (max - min) * 0.25;
  const low = Math.max(0, min - pad);
  const high = max + pad;
  // One decimal keeps the markup short; sub-pixel precision is invisible.
  return (value) =>
    Math.round((top + PANEL_HEIGHT - ((value - low) / (high - low)) * PANEL_HEIGHT) * 10) / 10;
}

function Panel({
  title,
  points,
  top,
  xAt,
  format,
  lineClass,
  dotClass,
}: {
  title: string;
  points: { x: number; value: number }[];
  top: number;
  xAt: (index: number) => number;
  format: (value: number) => string;
  lineClass: string;
  dotClass: string;
}) {
  const y = scale(
    points.map((point) => point.value),
    top,
  );
  return (
    <g>
      <text
        x={MARGIN.left - 40}
        y={top - 10}
        className="fill-slate-700 text-[13px] font-semibold dark:fill-slate-300"
      >
        {title}
      </text>
      <line
        x1={MARGIN.left - 16}
        x2={WIDTH - MARGIN.right + 16}
        y1={top + PANEL_HEIGHT}
        y2={top + PANEL_HEIGHT}
        className="stroke-slate-300 dark:stroke-slate-700"
      />
      <polyline
        fill="none"
        strokeWidth={2.5}
        points={points.map((point) => `${xAt(point.x)},${y(point.value)}`).join(" ")}
        className={lineClass}
      />
      {points.map((point) => (
        <g key={point.x}>
          <circle cx={xAt(point.x)} cy={y(point.value)} r={4.5} className={dotClass} />
          <text
            x={xAt(point.x)}
            y={y(point.value) - 10}
            textAnchor="middle"
            className="fill-slate-900 text-[12px] dark:fill-slate-100"
          >
            {format(point.value)}
          </text>
        </g>
      ))}
    </g>
  );
}

/** One point per release: the global row (no modifier) of each, or its first row when it has none. */
function historyPoints(history: RvuHistoryChartProps["history"]): Point[] {
  return history.flatMap(({ release, rows }) => {
    const row = rows.find((candidate) => candidate.modifier === "") ?? rows[0];
    if (!row) return [];
    return [
      {
        releaseId: release.id,
        label: release.label,
        totalRvu: row.totalNonFacility,
        payment: isPaidFromRvus(row, row.totalNonFacility)
          ? nationalPayment(row.totalNonFacility, release.conversionFactor)
          : null,
      },
    ];
  });
}

/** The chart's text alternative: first and last release, or the one release there is. */
function chartSummary(points: Point[]): string {
  const first = points[0]!;
  const last = points.at(-1)!;
  if (points.length === 1)
    return `${first.label}: ${formatRvu(first.totalRvu)} total RVUs (non-facility).`;
  return (
    `Total non-facility RVUs went from ${formatRvu(first.totalRvu)} in ${first.releaseId} to ${formatRvu(last.totalRvu)} in ${last.releaseId}` +
    (first.payment !== null && last.payment !== null
      ? `; national non-facility payment from ${formatDollars(first.payment)} to ${formatDollars(last.payment)}.`
      : ".")
  );
}

/** Said instead of a chart when every release lists the code with zero RVUs. */
function ZeroRvuNotice({ code, points }: { code: string; points: Point[] }) {
  return (
    <p className="text-sm text-slate-700 dark:text-slate-300">
      CMS lists {code} with zero RVUs in{" "}
      {points.length === 1 ? `the ${points[0]!.label}` : `all ${points.length} imported releases`},
      so Medicare publishes no national price for it and there is no trend to chart.
    </p>
  );
}

/** The x axis: each release's id under its point. */
function ReleaseAxis({ points, xAt }: { points: Point[]; xAt: (index: number) => number }) {
  return points.map((point, index) => (
    <text
      key={point.releaseId}
      x={xAt(index)}
      y={HEIGHT - 8}
      textAnchor="middle"
      className="fill-slate-600 text-[12px] dark:fill-slate-400"
    >
      {point.releaseId}
    </text>
  ));
}

/** The SVG: total RVUs above, national payment below (where any release is paid), releases along x. */
function HistoryLines({ code, points }: { code: string; points: Point[] }) {
  const titleId = `rvu-history-title-${code}`;
  const descId = `rvu-history-desc-${code}`;
  const xAt = (index: number): number =>
    points.length === 1
      ? WIDTH / 2
      : MARGIN.left + (index / (points.length - 1)) * (WIDTH - MARGIN.left - MARGIN.right);
  const paymentPoints = points.flatMap((point, index) =>
    point.payment === null ? [] : [{ x: index, value: point.payment }],
  );
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
      className="h-auto w-full max-w-2xl"
    >
      <title id={titleId}>{`Medicare RVU and payment history for ${code}`}</title>
      <desc id={descId}>{chartSummary(points)}</desc>
      <Panel
        title="Total RVUs, non-facility"
        points={points.map((point, index) => ({ x: index, value: point.totalRvu }))}
        top={MARGIN.top}
        xAt={xAt}
        format={formatRvu}
        lineClass="stroke-brand-600 dark:stroke-brand-300"
        dotClass="fill-brand-600 dark:fill-brand-300"
      />
      {paymentPoints.length > 0 ? (
        <Panel
          title="National payment, non-facility"
          points={paymentPoints}
          top={MARGIN.top + PANEL_HEIGHT + GAP}
          xAt={xAt}
          format={formatDollars}
          lineClass="stroke-emerald-600 dark:stroke-emerald-400"
          dotClass="fill-emerald-600 dark:fill-emerald-400"
        />
      ) : null}
      <ReleaseAxis points={points} xAt={xAt} />
    </svg>
  );
}

/** One release in the data table, with the change in payment from the release before it. */
function HistoryTableRow({ point, previous }: { point: Point; previous: Point | undefined }) {
  const change =
    previous?.payment != null && point.payment !== null
      ? formatPercentChange(percentChange(previous.payment, point.payment))
      : "—";
  return (
    <tr className="border-b border-slate-200 last:border-b-0 dark:border-slate-800">
      <th scope="row" className="py-2 pr-3 text-left font-medium">
        {point.label}
      </th>
      <td className="px-3 py-2 text-right tabular-nums">{formatRvu(point.totalRvu)}</td>
      <td className="px-3 py-2 text-right tabular-nums">
        {point.payment === null ? "Not paid from RVUs" : formatDollars(point.payment)}
      </td>
      <td className="py-2 pl-3 text-right tabular-nums">{change}</td>
    </tr>
  );
}

/** The chart's figures as a table, for screen readers and copying. */
function HistoryDataTable({ code, points }: { code: string; points: Point[] }) {
  return (
    <div
      className="overflow-x-auto"
      role="region"
      aria-label={`RVU history for ${code}`}
      tabIndex={0}
    >
      <table className="w-full border-collapse text-sm">
        <caption className="py-1 text-left font-medium text-slate-700 dark:text-slate-300">
          Total RVUs and national Medicare payment for {code} (non-facility) by release
        </caption>
        <thead>
          <tr className="border-b border-slate-200 dark:border-slate-800">
            <th scope="col" className="py-2 pr-3 text-left font-semibold">
              Release
            </th>
            <th scope="col" className="px-3 py-2 text-right font-semibold">
              Total RVUs
            </th>
            <th scope="col" className="px-3 py-2 text-right font-semibold">
              National payment
            </th>
            <th scope="col" className="py-2 pl-3 text-right font-semibold">
              Change in payment
            </th>
          </tr>
        </thead>
        <tbody>
          {points.map((point, index) => (
            <HistoryTableRow key={point.releaseId} point={point} previous={points[index - 1]} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Total RVUs (non-facility) and national non-facility payment across the imported releases: an SVG chart
 * that needs no JavaScript, followed by the same figures as a table for screen readers and copying.
 */
export function RvuHistoryChart({ code, history }: RvuHistoryChartProps) {
  const points = historyPoints(history);
  if (points.length === 0) return null;
  if (points.every((point) => point.totalRvu === 0))
    return <ZeroRvuNotice code={code} points={points} />;
  return (
    <figure className="space-y-3">
      {points.length > 1 ? (
        <HistoryLines code={code} points={points} />
      ) : (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Only one release is available so far, so there is no trend to chart yet.
        </p>
      )}
      <HistoryDataTable code={code} points={points} />
    </figure>
  );
}
