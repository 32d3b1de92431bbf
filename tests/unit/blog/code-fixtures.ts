/** Code records the blog tests reference, without a whole content tree. */
import path from "node:path";

import type { CodeSummary } from "@/lib/blog/load-posts";

export const fixturesDir = path.resolve(__dirname, "../../fixtures/blog");

export const CODES: ReadonlyMap<string, CodeSummary> = new Map(
  [
    {
      code: "D3351",
      name: "Apexification, initial visit",
      description: "First visit of apexification.",
      system: "cdt" as const,
    },
    {
      code: "D3352",
      name: "Apexification, interim visit",
      description: "Medicament replaced.",
      system: "cdt" as const,
    },
    {
      code: "99213",
      name: "Office visit, level 3",
      description: "Established patient visit.",
      system: "cpt" as const,
    },
  ].map((summary) => [summary.code, summary]),
);
