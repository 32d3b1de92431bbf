import { useState, type Dispatch, type RefObject } from "react";

import { describeAdded, finishAdd, planAdd } from "@/lib/calculator/add-codes";
import type { ComputeOptions } from "@/lib/calculator/compute";
import { fetchManyCodeData, splitFetched } from "@/lib/calculator/fetch-code-data";
import type { CodeDataMap, ViewAction } from "@/lib/calculator/view-state";

/**
 * The add field's text and what submitting it does: look up the codes the page lacks, add the ones that
 * check out, leave the rest in the field to correct, and return focus to it.
 */
export function useAddCodes({
  data,
  options,
  dispatch,
  addInput,
}: {
  data: CodeDataMap;
  options: ComputeOptions;
  dispatch: Dispatch<ViewAction>;
  addInput: RefObject<HTMLInputElement | null>;
}) {
  const [draft, setDraft] = useState("");

  async function addFromText(text: string) {
    const plan = planAdd(text, data);
    if (plan.codesToFetch.length > 0) {
      dispatch({ type: "looking-up", status: `Looking up ${plan.codesToFetch.join(", ")}…` });
    }
    const { data: fresh, failures } = splitFetched(await fetchManyCodeData(plan.codesToFetch));
    const known = { ...data, ...fresh };
    const outcome = finishAdd(
      plan,
      known,
      new Map(failures.map(({ code, error }) => [code, error])),
    );
    dispatch({
      type: "added",
      items: outcome.items,
      data: fresh,
      status: describeAdded(outcome.items, known, options),
      error: outcome.errors.length > 0 ? outcome.errors.join(" ") : null,
    });
    setDraft(outcome.failed.join(", "));
    addInput.current?.focus();
  }

  return { draft, setDraft, addFromText };
}
