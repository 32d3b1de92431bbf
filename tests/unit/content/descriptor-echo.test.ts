import { describe, expect, it } from "vitest";
import { findDescriptorEcho, measureDescriptorEcho } from "@/lib/content/descriptor-echo";

describe("findDescriptorEcho", () => {
  it("flags a name that repeats the descriptor, whatever the case and punctuation", () => {
    expect(findDescriptorEcho("Therapeutic pulpotomy", "Therapeutic pulpotomy")).toBe(
      "repeats the descriptor",
    );
    expect(findDescriptorEcho("therapeutic: pulpotomy", "Therapeutic pulpotomy")).toBe(
      "repeats the descriptor",
    );
  });

  it("flags a rearrangement that uses every word, abbreviations included", () => {
    expect(findDescriptorEcho("Molar root-end surgery, first root", "Root surgery molar")).toBe(
      "uses every word of the descriptor",
    );
    expect(findDescriptorEcho("Root canal retreatment, molar", "Retreat root canal molar")).toBe(
      "uses every word of the descriptor",
    );
  });

  it("flags a name that shares half of all its words with the descriptor", () => {
    expect(findDescriptorEcho("Apexification, initial visit", "Apexification/recalc initial")).toBe(
      "shares 50% of its words with the descriptor",
    );
  });

  it("accepts a name in other words, and a bare clinical term that is the whole descriptor", () => {
    expect(
      findDescriptorEcho(
        "Full coronal pulpotomy, primary or permanent tooth",
        "Therapeutic pulpotomy",
      ),
    ).toBeUndefined();
    expect(findDescriptorEcho("Direct pulp cap", "Pulp cap direct")).toBeUndefined();
  });
});

describe("measureDescriptorEcho", () => {
  it("matches CMS abbreviations to whole words only from four letters", () => {
    expect(measureDescriptorEcho("Root canal retreatment", "Retreat root canal").coverage).toBe(1);
    expect(measureDescriptorEcho("Each added root", "Ea add root").coverage).toBeCloseTo(1 / 3);
  });
});
