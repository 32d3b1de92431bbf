"use client";

import type { Dispatch } from "react";

import { Section } from "@/components/ui/section";
import {
  compareReleases,
  computeCalculator,
  selectRelease,
  type CalculatorSelection,
} from "@/lib/calculator/compute";
import { formatItem } from "@/lib/calculator/items";
import type { CalculatorSetup } from "@/lib/calculator/types";
import type { ViewAction, ViewState } from "@/lib/calculator/view-state";

import { BuildListSection } from "./build-list-section";
import { CalculatorMessages } from "./calculator-messages";
import { ListSection } from "./list-section";
import { ReleaseComparison } from "./release-comparison";
import { UnitsInput } from "./units-input";
import { useAddCodes } from "./use-add-codes";
import { useCalculatorState, type CalculatorStateOptions } from "./use-calculator-state";
import { useRemoveFocus } from "./use-remove-focus";

export interface CalculatorProps extends CalculatorStateOptions {
  setup: CalculatorSetup;
}

interface CalculatorFormProps {
  setup: CalculatorSetup;
  state: ViewState;
  dispatch: Dispatch<ViewAction>;
  selection: CalculatorSelection;
}

/**
 * The form around the list. Its fields are named, so without JavaScript it submits to the server, which
 * renders the new list; with JavaScript every change is handled here.
 */
function CalculatorForm({ setup, state, dispatch, selection }: CalculatorFormProps) {
  const { calc, data } = state;
  const options = { release: selection.release, setting: calc.setting, gpci: selection.locality };
  const focus = useRemoveFocus(calc.items);
  const adding = useAddCodes({ data, options, dispatch, addInput: focus.addInput });
  const result = computeCalculator(calc.items, data, options);

  return (
    <form
      method="get"
      action="/calculator"
      className="space-y-6"
      onSubmit={(event) => {
        event.preventDefault();
        // Enter in a units field submits the form too; only the add field and its button mean "add".
        const active = document.activeElement;
        if (active instanceof HTMLInputElement && active.type === "number") return;
        void adding.addFromText(adding.draft);
      }}
    >
      <input type="hidden" name="items" value={calc.items.map(formatItem).join(",")} />
      <CalculatorMessages
        messages={state.messages}
        onDismiss={() => dispatch({ type: "dismiss-messages" })}
      />
      <BuildListSection
        view={state}
        calc={calc}
        selection={selection}
        releases={setup.releases}
        draft={adding.draft}
        onDraftChange={adding.setDraft}
        addInput={focus.addInput}
        dispatch={dispatch}
      />
      <ListSection
        calc={calc}
        data={data}
        result={result}
        selection={selection}
        dispatch={dispatch}
        rowActions={{
          onModifierChange: (key, modifier) => dispatch({ type: "modifier", key, modifier }),
          onRemove: (key) => {
            focus.focusNeighbourOf(key);
            dispatch({ type: "remove", key });
          },
          registerRemoveButton: focus.registerRemoveButton,
          renderUnits: (line) => (
            <UnitsInput
              item={line.item}
              onUnitsChange={(units) => dispatch({ type: "units", key: line.key, units })}
            />
          ),
        }}
      />
      {calc.items.length > 0 ? (
        <Section headingId="calculator-releases" title="How the list paid in each release">
          <ReleaseComparison
            comparisons={compareReleases(calc.items, data, setup, calc.setting, calc.localityId)}
            currentReleaseId={selection.release.id}
            withLocality={selection.locality !== null}
            setting={calc.setting}
          />
        </Section>
      ) : null}
    </form>
  );
}

/**
 * The interactive calculator. The server renders it from the URL alone, figures included; the browser then
 * merges the list kept in localStorage, and from then on every change is written back to both.
 */
export function Calculator({ setup, ...stateOptions }: CalculatorProps) {
  const [state, dispatch] = useCalculatorState(stateOptions);
  const selection = selectRelease(setup, state.calc);
  if (!selection) {
    return <p>No fee-schedule release has been imported, so there is nothing to calculate yet.</p>;
  }
  return <CalculatorForm setup={setup} state={state} dispatch={dispatch} selection={selection} />;
}
