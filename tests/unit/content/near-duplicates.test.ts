import { describe, expect, it } from "vitest";

import { getAllCodes } from "@/lib/content";
import { loadContent } from "@/lib/content/load-content";
import { findNearDuplicates } from "@/lib/content/near-duplicates";

import { codeRecord, writeContentTree } from "../../helpers/content-fixture";

const TEMPLATE =
  "Report this code once per tooth when the dentist opens the canal, removes the damaged pulp, shapes the root and places a medicament, and keep the radiograph with the claim because dental plans often ask to see it before paying.";

function recordWith(paragraph: string): string {
  return codeRecord({
    body: `## Clinical context\n\n${paragraph}\n\n## Billing & documentation\n\nRecord the tooth number.\n`,
  });
}

describe("findNearDuplicates", () => {
  it("flags a paragraph reused with only the code swapped", () => {
    const root = writeContentTree({
      "codes/D3351.md": recordWith(TEMPLATE.replace("this code", "D3351")),
      "codes/D3352.md": recordWith(TEMPLATE.replace("this code", "D3352")),
    });
    const found = findNearDuplicates(loadContent(root).codes);
    expect(found.map(({ first, second }) => `${first.code}~${second.code}`)).toEqual([
      "D3351~D3352",
    ]);
    expect(found[0]!.similarity).toBe(1);
  });

  it("does not flag paragraphs that share a few words", () => {
    const root = writeContentTree({
      "codes/D3351.md": recordWith(TEMPLATE),
      "codes/D3352.md": recordWith(
        "At each interim visit the old calcium hydroxide is washed out, the apex is checked for a hard stop, and fresh paste goes in; keep the radiograph with the claim because dental plans often ask to see it.",
      ),
    });
    expect(findNearDuplicates(loadContent(root).codes)).toEqual([]);
  });

  it("finds no near-duplicate paragraphs in the published corpus", () => {
    expect(
      findNearDuplicates(getAllCodes()).map(
        ({ first, second, similarity }) => `${first.code}~${second.code} ${similarity}`,
      ),
    ).toEqual([]);
  });
});
