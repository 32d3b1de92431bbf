import type { Dispatch } from "react";

import { downloadText } from "@/components/ui/download-text";
import type { CalculatorResult, CalculatorSelection } from "@/lib/calculator/compute";
import type { CalculatorSetting } from "@/lib/calculator/types";
import type { ViewAction } from "@/lib/calculator/view-state";
import { logHrefForList } from "@/lib/wrvu-log/calculator-list";

/** The calculator's secondary buttons (the list's actions, the no-JavaScript update). */
export const buttonClass =
  "rounded-md border border-slate-300 px-3 py-2 text-sm font-medium hover:bg-slate-100 disabled:opacity-50 dark:border-slate-700 dark:hover:bg-slate-800";

export interface ListActionsProps {
  result: CalculatorResult;
  selection: CalculatorSelection;
  setting: CalculatorSetting;
  dispatch: Dispatch<ViewAction>;
}

/** Export, print, share and clear: what a reader does with the finished list. */
export function ListActions({ result, selection, setting, dispatch }: ListActionsProps) {
  const { release, locality } = selection;
  const empty = result.lines.length === 0;

  async function exportCsv() {
    // Loaded on the first export, so the CSV writer never weighs on the calculator's first load.
    let csvModule: typeof import("@/lib/calculator/csv");
    try {
      csvModule = await import("@/lib/calculator/csv");
    } catch {
      dispatch({ type: "status", status: "Could not export: check the connection and try again." });
      return;
    }
    const { buildCalculatorCsv, buildCsvFileName } = csvModule;
    const csv = buildCalculatorCsv(result, {
      releaseId: release.id,
      setting,
      locality:
        locality && release.gpciYear !== null
          ? { name: locality.name, state: locality.state, gpciYear: release.gpciYear }
          : null,
    });
    downloadText(csv, buildCsvFileName(release.id, setting), "text/csv;charset=utf-8");
    dispatch({ type: "status", status: "Downloaded the list as CSV." });
  }

  async function copyLink() {
    try {
      await navigator.clipboard.writeText(window.location.href);
      dispatch({ type: "status", status: "Copied the link to this list." });
    } catch {
      dispatch({
        type: "status",
        status: "Could not copy: copy the address from the address bar instead.",
      });
    }
  }

  return (
    <div className="flex flex-wrap gap-2 print:hidden">
      <button
        type="button"
        onClick={() => void exportCsv()}
        disabled={empty}
        className={buttonClass}
      >
        Export CSV
      </button>
      <button type="button" onClick={() => window.print()} className={buttonClass}>
        Print
      </button>
      <button type="button" onClick={() => void copyLink()} className={buttonClass}>
        Copy link
      </button>
      {!empty && (
        // The log asks before adding anything, so this is a plain link (lib/wrvu-log/calculator-list.ts).
        <a
          href={logHrefForList(
            result.lines.map((line) => line.item),
            setting,
          )}
          className={buttonClass}
        >
          Add this list to my log
        </a>
      )}
      <button
        type="button"
        onClick={() => dispatch({ type: "clear" })}
        disabled={empty}
        className={buttonClass}
      >
        Clear the list
      </button>
    </div>
  );
}
