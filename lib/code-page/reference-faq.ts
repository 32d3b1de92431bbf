/**
 * The questions a reference page answers, from the data alone. The same list feeds the visible FAQ and
 * the FAQPage structured data, so every answer must be true of this code in the files it names.
 */
import { getCodeSystem } from "@/lib/codes/code-system";
import { fitDescription } from "@/lib/seo/metadata";

import type { FaqEntry } from "./default-faq";
import type { ReferencePageModel } from "./build-reference-page";

type FaqInput = Omit<ReferencePageModel, "faq">;

function whatIsAnswer(model: FaqInput): string {
  const system = getCodeSystem(model.systemId);
  const place = model.section
    ? `${model.categoryName} section (${model.section.name})`
    : `${model.categoryName} section`;
  const base = `${model.code} is a ${system.label} code in the ${place}. The code set is maintained by the ${system.owner}.`;
  if (model.hcpcsDescription)
    return `${base} CMS describes it as: "${fitDescription(model.hcpcsDescription.text, 200)}" (${model.hcpcsDescription.source}; the full description is quoted at the top of the page).`;
  if (model.systemId === "hcpcs") return base;
  return `${base} Its official descriptor is the ${system.owner}'s copyrighted text, which this site does not reproduce; CodeAtlas has not yet written its own summary of this code.`;
}

/**
 * "What is X?", "Can I still bill X?" for deleted codes, "Is X covered?" and the global period. Which
 * modifiers apply is its own section, not repeated here: every answer is printed twice (visible and in
 * the FAQPage JSON-LD), and a reference page stays small.
 */
export function buildReferenceFaq(model: FaqInput, coverageAnswer: string): FaqEntry[] {
  const faq: FaqEntry[] = [{ question: `What is ${model.code}?`, answer: whatIsAnswer(model) }];
  if (model.kind === "deleted") {
    faq.push({
      question: `Can ${model.code} still be billed?`,
      answer: `${model.code} is not in the current CMS files: the last fee-schedule release that listed it is ${model.lastListedIn ?? "an older release"}. Check the code set's current edition for the code that replaced it before billing.`,
    });
  } else {
    faq.push({ question: `Is ${model.code} covered by Medicare?`, answer: coverageAnswer });
  }
  const global = model.indicators.find((indicator) => indicator.id === "global-period");
  if (global) {
    faq.push({
      question: `What is the global period of ${model.code}?`,
      answer: `${global.value}. ${global.detail}`,
    });
  }
  return faq;
}
