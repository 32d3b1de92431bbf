import { describe, expect, it } from "vitest";

import {
  getCategoriesOfSystem,
  getCodeCategory,
  getCodeSystemId,
  normalizeCode,
} from "@/lib/codes/code-system";

describe("getCodeSystemId", () => {
  it("labels D codes as CDT, five digits and F/T codes as CPT, other letters as HCPCS Level II", () => {
    expect(getCodeSystemId("D3351")).toBe("cdt");
    expect(getCodeSystemId("99213")).toBe("cpt");
    expect(getCodeSystemId("0001F")).toBe("cpt");
    expect(getCodeSystemId("0042T")).toBe("cpt");
    expect(getCodeSystemId("J0585")).toBe("hcpcs");
    expect(getCodeSystemId("G2211")).toBe("hcpcs");
  });

  it("rejects malformed codes and letters HCPCS does not use", () => {
    for (const code of ["d3351", "D33510", "9921", "W1234", "I1234", "N1234", "", "D 3351"]) {
      expect(getCodeSystemId(code), code).toBeUndefined();
    }
  });
});

describe("getCodeCategory", () => {
  it.each([
    ["D0100", "Diagnostic"],
    ["D0999", "Diagnostic"],
    ["D1000", "Preventive"],
    ["D2999", "Restorative"],
    ["D3000", "Endodontics"],
    ["D3999", "Endodontics"],
    ["D4000", "Periodontics"],
    ["D5899", "Removable prosthodontics"],
    ["D5900", "Maxillofacial prosthetics"],
    ["D6199", "Implant services"],
    ["D6200", "Fixed prosthodontics"],
    ["D7999", "Oral & maxillofacial surgery"],
    ["D8000", "Orthodontics"],
    ["D9999", "Adjunctive general services"],
    ["00100", "Anesthesia"],
    ["01999", "Anesthesia"],
    ["10004", "Surgery"],
    ["69990", "Surgery"],
    ["70010", "Radiology"],
    ["79999", "Radiology"],
    ["80047", "Pathology & laboratory"],
    ["89398", "Pathology & laboratory"],
    ["90281", "Medicine"],
    ["99199", "Medicine"],
    ["99202", "Evaluation & management"],
    ["99499", "Evaluation & management"],
    ["99500", "Medicine"],
    ["99607", "Medicine"],
    ["0001F", "Category II (performance measurement)"],
    ["0042T", "Category III (emerging technology)"],
    ["A4253", "Transportation, medical and surgical supplies"],
    ["E0601", "Durable medical equipment"],
    ["J0585", "Drugs administered other than oral method"],
    ["V5008", "Vision, hearing and speech-language services"],
  ])("puts %s in %s", (code, name) => {
    expect(getCodeCategory(code)?.name).toBe(name);
  });

  it("finds no category in the gaps between CPT sections and below the CDT ranges", () => {
    expect(getCodeCategory("02000")).toBeUndefined();
    expect(getCodeCategory("10003")).toBeUndefined();
    expect(getCodeCategory("69991")).toBeUndefined();
    expect(getCodeCategory("80046")).toBeUndefined();
    expect(getCodeCategory("99200")).toBeUndefined();
    expect(getCodeCategory("D0099")).toBeUndefined();
  });
});

describe("getCategoriesOfSystem", () => {
  it("lists CPT categories in range order with one Medicine entry", () => {
    expect(getCategoriesOfSystem("cpt").map((category) => category.slug)).toEqual([
      "anesthesia",
      "surgery",
      "radiology",
      "pathology-and-laboratory",
      "medicine",
      "evaluation-and-management",
      "category-ii",
      "category-iii",
    ]);
  });
});

describe("normalizeCode", () => {
  it("forgives case, spaces and hyphens", () => {
    expect(normalizeCode("d3351")).toBe("D3351");
    expect(normalizeCode(" D 3351 ")).toBe("D3351");
    expect(normalizeCode("j-0585")).toBe("J0585");
    expect(normalizeCode("apexification")).toBeUndefined();
  });
});
