import { cellClass } from "@/components/ui/data-table";
import type { CalculatorLine } from "@/lib/calculator/compute";
import {
  CALCULATOR_MODIFIERS,
  type CalculatorCodeData,
  type CalculatorModifier,
} from "@/lib/calculator/types";
import { formatDollars, formatRvu } from "@/lib/fee-schedule/payment";
import { getModifierLabel } from "@/lib/fee-schedule/status";

export const figureCell = cellClass({ kind: "figure" });
const paymentCell = cellClass({ kind: "figure", emphasis: true });

/** What a row does; the parent owns the list, the focus and the units field. */
export interface CalculatorRowActions {
  onModifierChange: (key: string, modifier: CalculatorModifier) => void;
  onRemove: (key: string) => void;
  /** Lets the parent move focus to a neighbouring remove button after a line goes. */
  registerRemoveButton: (key: string, element: HTMLButtonElement | null) => void;
  /** The units field, rendered by the parent so this table stays free of state. */
  renderUnits: (line: CalculatorLine) => React.ReactNode;
}

/** Modifiers the code has rows for in any release, in the calculator's order. */
function availableModifiers(data: CalculatorCodeData | undefined): CalculatorModifier[] {
  if (!data) return [];
  const present = new Set(
    data.releases.flatMap((release) => release.rows.map((row) => row.modifier)),
  );
  return CALCULATOR_MODIFIERS.filter((modifier) => present.has(modifier));
}

/** Why a line has no payment, with its lab fee schedule rate when it has one. */
function Reason({ line }: { line: CalculatorLine }) {
  const pricing = line.figures?.pricing;
  if (!pricing) return null;
  const labFee = line.figures?.labFee ?? null;
  return (
    <div className="max-w-md text-left whitespace-normal">
      <details>
        <summary className="cursor-pointer font-medium text-amber-900 dark:text-amber-200">
          {pricing.summary}
        </summary>
        <p className="mt-1 text-slate-700 dark:text-slate-300">{pricing.detail}</p>
      </details>
      {labFee !== null ? (
        <p className="mt-1">
          Lab fee schedule rate:{" "}
          <span className="font-semibold tabular-nums">{formatDollars(labFee)}</span> (counted in
          the lab total, not in the RVU totals)
        </p>
      ) : null}
    </div>
  );
}

/** The payment cells of a line Medicare pays from RVUs, or the reason across them when it does not. */
function PaymentCells({ line, showLocality }: { line: CalculatorLine; showLocality: boolean }) {
  const payment = line.figures?.payment;
  if (!payment) {
    return (
      <td colSpan={showLocality ? 2 : 1} className="px-3 py-2">
        <Reason line={line} />
      </td>
    );
  }
  return (
    <>
      <td className={paymentCell}>{formatDollars(payment.national)}</td>
      {showLocality ? (
        <td className={paymentCell}>
          {payment.locality === null ? "—" : formatDollars(payment.locality)}
        </td>
      ) : null}
    </>
  );
}

/** RVU and payment cells; while the code loads, or when CMS lists nothing, one cell spans them. */
function FigureCells({ line, showLocality }: { line: CalculatorLine; showLocality: boolean }) {
  const figures = line.figures;
  const span = showLocality ? 4 : 3;
  if (!figures) {
    return (
      <td colSpan={span} className="px-3 py-2 text-slate-600 italic dark:text-slate-400">
        Loading figures…
      </td>
    );
  }
  const { rvus, payment } = figures;
  if (!rvus && !payment) {
    return (
      <td colSpan={span} className="px-3 py-2">
        <Reason line={line} />
      </td>
    );
  }
  const marker = figures.referenceOnly ? "†" : figures.settingNa ? "*" : "";
  return (
    <>
      <td className={figureCell}>
        {rvus ? formatRvu(rvus.work) : "—"}
        {marker}
      </td>
      <td className={figureCell}>
        {rvus ? formatRvu(rvus.total) : "—"}
        {marker}
      </td>
      <PaymentCells line={line} showLocality={showLocality} />
    </>
  );
}

/** The row header: the code, linked to its page when it has one, with the page's short name. */
function CodeCell({ code, data }: { code: string; data: CalculatorCodeData | undefined }) {
  return (
    <th scope="row" className="px-3 py-2 text-left font-normal">
      {data?.page ? (
        // A plain anchor, as SiteLink renders for code pages: this row also runs in the calculator's
        // island bundle, which must not pull in Next.js's router (scripts/build-islands.mjs).
        <a
          href={data.page.path}
          className="text-brand-700 dark:text-brand-300 font-mono font-semibold hover:underline"
        >
          {code}
        </a>
      ) : (
        <span className="font-mono font-semibold">{code}</span>
      )}
      {data?.page ? (
        <span className="block max-w-56 text-xs text-slate-600 dark:text-slate-400">
          {data.page.name}
        </span>
      ) : null}
    </th>
  );
}

/** A modifier choice when the code has rows for more than one; printed as text. */
function ModifierCell({
  line,
  modifiers,
  onModifierChange,
}: {
  line: CalculatorLine;
  modifiers: readonly CalculatorModifier[];
  onModifierChange: CalculatorRowActions["onModifierChange"];
}) {
  const printed = line.item.modifier || "—";
  if (modifiers.length <= 1) {
    return (
      <td className="px-3 py-2">
        <span>{printed}</span>
      </td>
    );
  }
  return (
    <td className="px-3 py-2">
      <select
        value={line.item.modifier}
        aria-label={`Modifier for ${line.item.code}`}
        onChange={(event) => onModifierChange(line.key, event.target.value as CalculatorModifier)}
        className="rounded-md border border-slate-300 bg-white px-2 py-1 dark:border-slate-700 dark:bg-slate-900 print:hidden"
      >
        {modifiers.map((modifier) => (
          <option key={modifier} value={modifier}>
            {modifier === "" ? "None (global)" : getModifierLabel(modifier)}
          </option>
        ))}
      </select>
      <span className="hidden print:inline">{printed}</span>
    </td>
  );
}

/** A submit button, so removing works without JavaScript too; with it, the page handles the click. */
function RemoveCell({
  lineKey,
  onRemove,
  registerRemoveButton,
}: { lineKey: string } & Pick<CalculatorRowActions, "onRemove" | "registerRemoveButton">) {
  return (
    <td className="px-3 py-2 text-right print:hidden">
      <button
        type="submit"
        name="remove"
        value={lineKey}
        ref={(element) => registerRemoveButton(lineKey, element)}
        aria-label={`Remove ${lineKey}`}
        onClick={(event) => {
          event.preventDefault();
          onRemove(lineKey);
        }}
        className="rounded-md border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
      >
        Remove
      </button>
    </td>
  );
}

/** One line of the list: code, modifier, units, figures and its remove button. */
export function CalculatorRow({
  line,
  data,
  showLocality,
  actions,
}: {
  line: CalculatorLine;
  data: CalculatorCodeData | undefined;
  showLocality: boolean;
  actions: CalculatorRowActions;
}) {
  return (
    <tr className="border-b border-slate-200 align-top last:border-b-0 dark:border-slate-800">
      <CodeCell code={line.item.code} data={data} />
      <ModifierCell
        line={line}
        modifiers={availableModifiers(data)}
        onModifierChange={actions.onModifierChange}
      />
      <td className="px-3 py-2 text-right">{actions.renderUnits(line)}</td>
      <FigureCells line={line} showLocality={showLocality} />
      <RemoveCell
        lineKey={line.key}
        onRemove={actions.onRemove}
        registerRemoveButton={actions.registerRemoveButton}
      />
    </tr>
  );
}
