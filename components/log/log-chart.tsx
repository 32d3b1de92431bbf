import { useState } from "react";

import { formatRvu } from "@/lib/fee-schedule/payment";
import { periodKey, periodLabel, periodRange, shortPeriodLabel } from "@/lib/wrvu-log/periods";
import { workRvuSeries, type ChartBar } from "@/lib/wrvu-log/totals";

import { FiguresTable } from "./figures-table";
import { LOG_UI } from "./log-ui";
import type { FocusedEntriesProps } from "./period-figures";

const WIDTH = 320;
const HEIGHT = 160;
const AXIS = 20;

interface ChartProps {
  bars: readonly ChartBar[];
  period: "week" | "month";
  caption: string;
}

/**
 * Work RVUs per week or month as SVG bars, with the same numbers in a table beside it: the chart is
 * one image to a screen reader (its title and description say what it shows), the table has the figures.
 */
export function WorkRvuChart({ bars, period, caption }: ChartProps) {
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
      <FiguresTable
        caption={caption}
        className="w-full text-sm"
        columns={[period === "week" ? "Week" : "Month", "Work RVUs"]}
        rows={bars.map((bar) => ({
          key: bar.key,
          header: periodLabel(bar.key, period),
          cells: [formatRvu(bar.workRvu)],
        }))}
      />
    </div>
  );
}

/** Twelve weeks or twelve months of work RVUs up to the focused date, the reader choosing which. */
export function WorkRvuHistory({ focus, entries, data, pricing }: FocusedEntriesProps) {
  const [period, setPeriod] = useState<"week" | "month">("month");
  const last = periodKey(focus, period);
  const span = period === "week" ? "12 weeks" : "12 months";
  return (
    <>
      <div role="group" aria-label="Bars per" className="flex gap-2">
        {(["week", "month"] as const).map((choice) => (
          <button
            key={choice}
            type="button"
            aria-pressed={period === choice}
            className={`${LOG_UI.button} aria-pressed:bg-slate-200 dark:aria-pressed:bg-slate-700`}
            onClick={() => setPeriod(choice)}
          >
            Per {choice}
          </button>
        ))}
      </div>
      <WorkRvuChart
        period={period}
        caption={`Work RVUs per ${period}, ${span} to ${periodLabel(last, period)} (${pricing.release.id})`}
        bars={workRvuSeries(entries, data, pricing, period, periodRange(last, period, 12))}
      />
    </>
  );
}
