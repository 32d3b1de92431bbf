/**
 * reloadCollections on throw-away content trees: what a running server does when an operator publishes a
 * corrected record (lib/revalidation).
 */
import fs from "node:fs";
import path from "node:path";

import { afterEach, describe, expect, it, vi } from "vitest";

import { codeCollection, defineCollection, getCode } from "@/lib/content";
import { reloadCollections } from "@/lib/content/collections";

import { codeRecord, writeContentTree } from "../../helpers/content-fixture";

afterEach(() => vi.unstubAllEnvs());

/** A collection of the code records' names, counting how often it is built. */
function codeNames(name: string) {
  let builds = 0;
  const collection = defineCollection({
    name,
    source: "codes/*.md",
    dependsOn: [codeCollection],
    load: () => {
      builds += 1;
      return codeCollection.get().codes.map((record) => record.name);
    },
  });
  return { collection, builds: () => builds };
}

/** A tree with D3351 as the current content folder; edit() rewrites the record. */
function contentTree() {
  const root = writeContentTree({ "codes/D3351.md": codeRecord() });
  vi.stubEnv("CONTENT_DIR", root);
  return (text: string) => fs.writeFileSync(path.join(root, "codes", "D3351.md"), text);
}

/** The tree, served from the process-wide cache with a loaded collection that depends on the codes. */
function servedTree() {
  const edit = contentTree();
  const { collection: names, builds } = codeNames("test-code-names");
  expect(names.get()).toEqual(["Apexification, initial visit"]);
  return { names, edit, builds };
}

const renamed = codeRecord().replace("Apexification, initial visit", "Apexification, first visit");

describe("reloadCollections", () => {
  it("re-reads a changed record and rebuilds the loaded collections that depend on it", () => {
    const { names, edit, builds } = servedTree();
    edit(renamed);
    expect(getCode("D3351")?.name).toBe("Apexification, initial visit");

    const reloaded = reloadCollections(["codes"]);

    expect(reloaded).toEqual(expect.arrayContaining(["codes", "test-code-names"]));
    expect(getCode("D3351")?.name).toBe("Apexification, first visit");
    // The dependent was rebuilt from the new records, not the ones it was serving.
    expect(names.get()).toEqual(["Apexification, first visit"]);
    expect(builds()).toBe(2);
  });

  it("changes nothing when the new content is invalid, and throws every problem", () => {
    const { names, edit } = servedTree();
    const before = codeCollection.get();
    edit(renamed.replace('  - "endodontics"', '  - "endodontic"'));

    expect(() => reloadCollections(["codes"])).toThrowError(
      /codes\/D3351\.md:\d+: specialties\[0\]: unknown specialty "endodontic"/,
    );

    expect(codeCollection.get()).toBe(before);
    expect(getCode("D3351")?.name).toBe("Apexification, initial visit");
    expect(names.get()).toEqual(["Apexification, initial visit"]);
  });

  it("leaves a dependent that was never loaded to load later, from the new records", () => {
    const edit = contentTree();
    const { collection: lazy, builds } = codeNames("test-lazy-names");
    expect(getCode("D3351")).toBeDefined();
    edit(renamed);

    expect(reloadCollections(["codes"])).not.toContain("test-lazy-names");
    expect(builds()).toBe(0);
    expect(lazy.get()).toEqual(["Apexification, first visit"]);
  });
});
