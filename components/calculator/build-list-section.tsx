import type { Dispatch, Ref } from "react";

import { Section } from "@/components/ui/section";
import type { CalculatorSelection } from "@/lib/calculator/compute";
import type { CalculatorRelease, CalculatorState } from "@/lib/calculator/types";
import type { ViewAction, ViewState } from "@/lib/calculator/view-state";

import { AddCodesField } from "./add-codes-field";
import { CalculatorSettings } from "./calculator-settings";
import { buttonClass } from "./list-actions";

export interface BuildListSectionProps {
  view: Pick<ViewState, "addError" | "status">;
  calc: CalculatorState;
  selection: CalculatorSelection;
  releases: readonly CalculatorRelease[];
  draft: string;
  onDraftChange: (value: string) => void;
  addInput: Ref<HTMLInputElement>;
  dispatch: Dispatch<ViewAction>;
}

/** The add field and the settings; left out of print, where only the list matters. */
export function BuildListSection({
  view,
  calc,
  selection: { release, localities, locality },
  releases,
  draft,
  onDraftChange,
  addInput,
  dispatch,
}: BuildListSectionProps) {
  return (
    <Section
      headingId="calculator-build"
      title="Build the list"
      look="minor"
      className="space-y-4 rounded-lg border border-slate-200 p-4 dark:border-slate-800 print:hidden"
    >
      <AddCodesField
        value={draft}
        onValueChange={onDraftChange}
        error={view.addError}
        status={view.status}
        inputRef={addInput}
      />
      <CalculatorSettings
        setting={calc.setting}
        localityId={locality ? calc.localityId : null}
        localityMissing={calc.localityId !== null && locality === null}
        localities={localities}
        release={release}
        releases={releases}
        onSettingChange={(setting) => dispatch({ type: "setting", setting })}
        onLocalityChange={(localityId) => dispatch({ type: "locality", localityId })}
        onReleaseChange={(releaseId) => dispatch({ type: "release", releaseId })}
      />
      <noscript>
        <button type="submit" name="apply" value="1" className={buttonClass}>
          Update the figures
        </button>
      </noscript>
    </Section>
  );
}
