/**
 * The questions every code page answers, built from the record and the fee-schedule facts, followed by the
 * record's own questions. The same list feeds the visible FAQ and the FAQPage structured data.
 */
import type { CodeSystem } from "@/lib/codes/code-system";
import type { CodeRecord } from "@/lib/content";

export interface FaqEntry {
  question: string;
  answer: string;
}

/** First sentences of a plain-text passage, up to roughly `maxLength` characters. */
export function leadSentences(text: string, maxLength = 320): string {
  const firstParagraph = text.split(/\n+/)[0] ?? "";
  const sentences = firstParagraph.match(/[^.!?]+[.!?]+(?=\s|$)/g) ?? [firstParagraph];
  let out = "";
  for (const sentence of sentences) {
    if (out && out.length + sentence.length > maxLength) break;
    out += sentence;
  }
  return out.trim();
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * @param coverageAnswer what the fee-schedule data says about payment for this code, in words
 */
export function buildFaq(
  record: CodeRecord,
  system: CodeSystem,
  coverageAnswer: string,
): FaqEntry[] {
  const clinical = record.sections.find((section) => section.id === "clinical-context");
  const defaults: FaqEntry[] = [
    {
      question: `What is ${record.code}?`,
      answer: `${record.code} is a ${system.label} code in the ${record.category.name} section (${record.category.range}), maintained by the ${system.owner}. In everyday words: ${lowerFirst(record.plainLanguage)}`,
    },
    {
      question: `Is ${record.code} covered?`,
      answer: coverageAnswer,
    },
  ];
  if (clinical) {
    defaults.push({
      question: `When is ${record.code} used?`,
      answer: leadSentences(clinical.text),
    });
  }
  return [...defaults, ...record.faq];
}
