/**
 * The public modifier API: CPT modifiers explained in our own words and every HCPCS Level II modifier
 * of the newest imported release, loaded once per process after the collections they link to.
 */
import { codeIndexCollection, getAllCodeEntries } from "@/lib/code-index";
import { defineCollection } from "@/lib/content";
import { feeScheduleCollection, getHcpcsModifiers } from "@/lib/fee-schedule/load";
import { getAllTerms, glossaryCollection } from "@/lib/glossary";
import { CAREER_STAGES } from "@/lib/site";

import { loadModifiers, type Modifier } from "./load-modifiers";

export type { Modifier } from "./load-modifiers";

export const modifierCollection = defineCollection<Modifier[]>({
  name: "modifiers",
  source: "modifiers/*.md joined with the HCPCS Level II modifiers",
  dependsOn: [feeScheduleCollection, codeIndexCollection, glossaryCollection],
  load: (dir) =>
    loadModifiers(dir, {
      hcpcsModifiers: getHcpcsModifiers(),
      targets: {
        codes: new Set(getAllCodeEntries().map((entry) => entry.code)),
        glossary: new Set(getAllTerms().map((term) => term.slug)),
        career: new Set(CAREER_STAGES.map((stage) => stage.slug)),
      },
    }),
});

/** Every modifier: CPT first, then HCPCS Level II, each in order. */
export function getAllModifiers(): Modifier[] {
  return modifierCollection.get();
}

export function getModifier(modifier: string): Modifier | undefined {
  return getAllModifiers().find((item) => item.modifier === modifier);
}
