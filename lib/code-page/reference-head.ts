/**
 * Title and description of a reference page: unique (the code is in both), honest (what the page offers
 * and the release it comes from), and never the AMA or ADA descriptor.
 */
import type { CodeEntry } from "@/lib/code-index";
import { getCodeSystem } from "@/lib/codes/code-system";
import type { CodePricing } from "@/lib/fee-schedule/code-pricing";
import { fitDescription } from "@/lib/seo/metadata";

export interface ReferenceHeadText {
  title: string;
  description: string;
}

function placeOf(entry: CodeEntry): string {
  return entry.section ? `${entry.category.name}: ${entry.section.name}` : entry.category.name;
}

/** What the page offers, in the words of its description. */
function offer(pricing: CodePricing): string {
  if (pricing.pricing.priced)
    return "RVUs, payment at both conversion factors, locality amounts and indicators in words";
  if (pricing.labFees) return "its lab fee schedule rate and Medicare status in words";
  return "its Medicare status and how it is paid, in words";
}

export function buildReferenceHeadText(
  entry: CodeEntry,
  pricing: CodePricing,
  lastListedIn: string | undefined,
): ReferenceHeadText {
  const system = getCodeSystem(entry.system);
  if (entry.kind === "deleted") {
    return {
      title: `${entry.code} — deleted ${system.label} code, last listed in ${pricing.release.label}`,
      description: fitDescription(
        `${system.label} ${entry.code} (${placeOf(entry)}) is no longer in the current CMS files. Its last listing was ${lastListedIn ?? pricing.release.label}: figures, status and indicators from then.`,
      ),
    };
  }
  if (entry.system === "hcpcs" && entry.name) {
    const short = fitDescription(entry.name, 70);
    return {
      title: `${entry.code}: ${short} — HCPCS Level II code`,
      description: fitDescription(
        `HCPCS Level II ${entry.code}: ${short}${short.endsWith("…") ? "" : "."} CMS ${pricing.release.id}: ${offer(pricing)}.`,
      ),
    };
  }
  return {
    title: `${entry.code} — ${system.label} code (${placeOf(entry)}): ${pricing.pricing.priced ? `${pricing.release.year} RVUs and payment` : "Medicare status"}`,
    // The release comes first, so a long category name can never push it out of the description.
    description: fitDescription(
      `CMS ${pricing.release.id} for ${system.label} ${entry.code} (${placeOf(entry)}): ${offer(pricing)}.`,
    ),
  };
}
