/**
 * Record names must be our own words, never the AMA CPT or ADA CDT descriptor. This compares every
 * curated record's `name` with the DESCRIPTION column of its code in the official PPRRVU files, read here
 * at test time only. HCPCS Level II descriptions are public domain, so those codes are exempt.
 */
import { describe, expect, it } from "vitest";
import { getAllCodes } from "@/lib/content";
import { findDescriptorEcho } from "@/lib/content/descriptor-echo";
import { CMS_DIR, hasCmsFiles, readDescriptors } from "@/tests/helpers/cms-descriptors";

if (!hasCmsFiles) console.warn(`name guard: skipped, the CMS files are not at ${CMS_DIR}`);

describe.skipIf(!hasCmsFiles)("record names (needs ../shared/data/cms)", () => {
  it("never repeat or rearrange the CPT or CDT descriptor CMS prints for the code", () => {
    const descriptors = readDescriptors();
    const copies = getAllCodes()
      .filter((record) => record.system !== "hcpcs")
      .flatMap((record) => {
        const descriptor = descriptors.get(record.code);
        const echo =
          descriptor === undefined ? undefined : findDescriptorEcho(record.name, descriptor);
        return echo ? [`content/${record.sourcePath}: name "${record.name}" ${echo}`] : [];
      });
    expect(copies).toEqual([]);
  });
});
