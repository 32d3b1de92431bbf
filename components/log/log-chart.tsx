import { formatRvu } from "@/lib/fee-schedule/payment";
import { periodLabel, shortPeriodLabel } from "@/lib/wrvu-log/periods";
import type { ChartBar } from "@/lib/wrvu-log/totals";

const WIDTH = 320;
const HEIGHT = 160;
const AXIS = 20;

/**
 * Work RVUs per week or month as SVG bars, with the same numbers in a table beside it: the chart is
 * one image to a screen reader (its title and description say what it shows), the table has the figures.
 */
export function WorkRvuChart({
  bars,
  period,
  caption,
}: {
  bars: readonly ChartBar[];
  period: "week" | "month";
  caption: string;
}) {
  const max = Math.max(1, ...bars.map((bar) => bar.workRvu));
  const step = WIDTH / Math.max(1, bars.length);
  const peak = bars.reduce<ChartBar | undefined>(
    (best, bar) => (!best || bar.workRvu > best.workRvu ? bar : best),
    undefined,
  );
  const description = peak
    ? `Highest: ${periodLabel(peak.key, period)}, ${formatRvu(peak.workRvu)} work RVUs. The table has every figure.`
    : "No entries.";
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT + AXIS}`}
        role="img"
        aria-labelledby="log-chart-title log-chart-desc"
        className="text-brand-700 dark:text-brand-300 h-auto w-full"
      >
        <title id="log-chart-title">{caption}</title>
        <desc id="log-chart-desc">{description}</desc>
        {bars.map((bar, index) => {
          const height = (bar.workRvu / max) * (HEIGHT - 8);
          return (
            <g key={bar.key}>
              <rect
                x={index * step + step * 0.15}
                y={HEIGHT - height}
                width={step * 0.7}
                height={height}
                fill="currentColor"
              />
              <text
                x={index * step + step / 2}
                y={HEIGHT + 14}
                textAnchor="middle"
                fontSize="9"
                className="fill-slate-700 dark:fill-slate-300"
              >
                {shortPeriodLabel(bar.key, period)}
              </text>
            </g>
          );
        })}
        <line x1="0" x2={WIDTH} y1={HEIGHT} y2={HEIGHT} stroke="currentColor" strokeWidth="1" />
      </svg>
      <table className="w-full text-sm">
        <caption className="text-left font-semibold">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="text-left">
              {period === "week" ? "Week" : "Month"}
            </th>
            <th scope="col" className="text-right">
              Work RVUs
            </th>
          </tr>
        </thead>
        <tbody>
          {bars.map((bar) => (
            <tr key={bar.key} className="border-t border-slate-200 dark:border-slate-800">
              <th scope="row" className="py-1 text-left font-normal">
                {periodLabel(bar.key, period)}
              </th>
              <td className="text-right tabular-nums">{formatRvu(bar.workRvu)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
