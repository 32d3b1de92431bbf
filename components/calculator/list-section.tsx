import type { Dispatch } from "react";

import { Section } from "@/components/ui/section";
import type { CalculatorResult, CalculatorSelection } from "@/lib/calculator/compute";
import type { CalculatorState } from "@/lib/calculator/types";
import type { CodeDataMap, ViewAction } from "@/lib/calculator/view-state";

import type { CalculatorRowActions } from "./calculator-row";
import { CalculatorTable } from "./calculator-table";
import { CalculatorTotals } from "./calculator-totals";
import { ListActions } from "./list-actions";

export interface ListSectionProps {
  calc: CalculatorState;
  data: CodeDataMap;
  result: CalculatorResult;
  selection: CalculatorSelection;
  rowActions: CalculatorRowActions;
  dispatch: Dispatch<ViewAction>;
}

/** The caption names everything the figures depend on, so a printed or shared table stands alone. */
function tableCaption({ release, locality }: CalculatorSelection, calc: CalculatorState): string {
  const where = locality
    ? `${locality.name} (${locality.state}) with ${release.gpciYear} GPCIs`
    : "national amounts";
  return `Codes in the list: ${release.label}, ${calc.setting}, ${where}`;
}

/** The list with its figures and totals, and what can be done with it. */
export function ListSection({
  calc,
  data,
  result,
  selection,
  rowActions,
  dispatch,
}: ListSectionProps) {
  return (
    <Section headingId="calculator-list" title="Your list" className="space-y-4">
      {calc.items.length === 0 ? (
        <p className="text-slate-700 dark:text-slate-300">
          The list is empty. Add a code above, or use the calculator link on any code page.
        </p>
      ) : (
        <CalculatorTable
          result={result}
          dataByCode={data}
          caption={tableCaption(selection, calc)}
          showLocality={selection.locality !== null}
          {...rowActions}
        />
      )}
      <CalculatorTotals
        totals={result.totals}
        releaseId={selection.release.id}
        setting={calc.setting}
      />
      <ListActions
        result={result}
        selection={selection}
        setting={calc.setting}
        dispatch={dispatch}
      />
      <p className="text-sm text-slate-600 dark:text-slate-400 print:hidden">
        The page address holds the list, setting, locality and release: bookmark it or share it.
        This browser also keeps the list for your next visit.
      </p>
    </Section>
  );
}
