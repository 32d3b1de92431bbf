/**
 * A CPT or CDT code without a curated record gets a reference page built from the CMS data, and the one
 * thing that data must never put on it is the DESCRIPTION column: AMA and ADA copyrighted text. This
 * renders the props of every such page (all the text the page shows beyond the components' own words)
 * and compares them with the official files.
 */
import { describe, expect, it } from "vitest";

import { getAllCodeEntries } from "@/lib/code-index";
import { getCodeOrSystemPageProps } from "@/lib/code-page/static-props";
import { hasCmsFiles, readDescriptors } from "@/tests/helpers/cms-descriptors";

describe.skipIf(!hasCmsFiles)(
  "reference pages of CPT and CDT codes (needs ../shared/data/cms)",
  () => {
    it("never contain the CMS DESCRIPTION text of their code", () => {
      const descriptors = readDescriptors();
      const pages = getAllCodeEntries().filter(
        (entry) => entry.kind !== "curated" && entry.system !== "hcpcs",
      );
      expect(pages.length).toBeGreaterThan(10_000);
      const copies = pages.flatMap((entry) => {
        const descriptor = descriptors.get(entry.code)?.trim().toLowerCase();
        // A one-word descriptor ("Urinalysis") is a bare clinical term, which may name a section.
        if (!descriptor || !descriptor.includes(" ")) return [];
        const text = JSON.stringify(getCodeOrSystemPageProps(entry.code)).toLowerCase();
        return text.includes(descriptor) ? [`${entry.code}: "${descriptor}"`] : [];
      });
      expect(copies).toEqual([]);
    });
  },
);
