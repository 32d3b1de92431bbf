import { describe, expect, it } from "vitest";

import type { CalculatorState } from "@/lib/calculator/types";
import {
  calculatorHref,
  isFormSubmission,
  parseCalculatorQuery,
  restoreCalculatorState,
  serializeCalculatorState,
  unitsParameter,
  type ParseOptions,
} from "@/lib/calculator/url-state";

const options: ParseOptions = {
  releaseIds: ["RVU23D", "RVU24B", "RVU25D"],
  localityIds: new Set(["13202-01", "01182-18"]),
};

const state: CalculatorState = {
  items: [
    { code: "99213", modifier: "", units: 2 },
    { code: "71046", modifier: "26", units: 1 },
    { code: "D3351", modifier: "", units: 1 },
  ],
  setting: "facility",
  localityId: "13202-01",
  releaseId: "RVU24B",
};

describe("serializeCalculatorState", () => {
  it("writes items, setting, locality and release in a readable order", () => {
    expect(serializeCalculatorState(state)).toBe(
      "items=99213*2,71046-26*1,D3351*1&setting=facility&locality=13202-01&release=RVU24B",
    );
  });

  it("leaves out an empty list and an unset locality but always names setting and release", () => {
    expect(serializeCalculatorState({ ...state, items: [], localityId: null })).toBe(
      "setting=facility&release=RVU24B",
    );
  });
});

describe("calculatorHref", () => {
  it("is the calculator path with the serialized state", () => {
    expect(calculatorHref({ ...state, items: [] })).toBe(
      "/calculator?setting=facility&locality=13202-01&release=RVU24B",
    );
  });
});

describe("parseCalculatorQuery", () => {
  it("round-trips a serialized state through URLSearchParams and Next's searchParams object", () => {
    const query = serializeCalculatorState(state);
    expect(parseCalculatorQuery(new URLSearchParams(query), options)).toEqual({
      state,
      messages: [],
      hasItems: true,
    });
    const record = Object.fromEntries(new URLSearchParams(query));
    expect(parseCalculatorQuery(record, options).state).toEqual(state);
  });

  it("defaults to an empty non-facility list, no locality and the latest release", () => {
    expect(parseCalculatorQuery({}, options)).toEqual({
      state: { items: [], setting: "non-facility", localityId: null, releaseId: "RVU25D" },
      messages: [],
      hasItems: false,
    });
  });

  it("is lenient about case and merges repeated lines", () => {
    const { state: parsed } = parseCalculatorQuery(
      { items: "99213*2,71046-tc,99213", setting: "FACILITY", release: "rvu23d" },
      options,
    );
    expect(parsed.items).toEqual([
      { code: "99213", modifier: "", units: 3 },
      { code: "71046", modifier: "TC", units: 1 },
    ]);
    expect(parsed.setting).toBe("facility");
    expect(parsed.releaseId).toBe("RVU23D");
  });

  it("leaves out every bad part with a message and keeps the rest", () => {
    const result = parseCalculatorQuery(
      {
        items: "99213*2,banana,99214*0,27447-53,,71046-26",
        setting: "home",
        locality: "99999-99",
        release: "RVU19A",
      },
      options,
    );
    expect(result.state).toEqual({
      items: [
        { code: "99213", modifier: "", units: 2 },
        { code: "71046", modifier: "26", units: 1 },
      ],
      setting: "non-facility",
      localityId: null,
      releaseId: "RVU25D",
    });
    expect(result.messages).toMatchInlineSnapshot(`
      [
        "Left out of the list: "banana" is not a code. Codes have five characters, such as 99213, J0585 or D3351, optionally followed by -26 or -TC.",
        "Left out of the list: Units for 99214 must be a whole number from 1 to 99.",
        "Left out of the list: Modifier 53 on 27447 is not one the calculator prices: use 26 (professional component) or TC (technical component).",
        "Ignored setting "home": use facility or non-facility.",
        "Ignored locality "99999-99": there is no Medicare payment locality with that id.",
        "Ignored release "RVU19A": the releases available are RVU23D, RVU24B, RVU25D; showing RVU25D.",
      ]
    `);
  });

  it("adds codes from `add` after the listed ones, merging a code already there", () => {
    const result = parseCalculatorQuery({ items: "99213*1", add: ["D3351", "99213"] }, options);
    expect(result.state.items).toEqual([
      { code: "99213", modifier: "", units: 2 },
      { code: "D3351", modifier: "", units: 1 },
    ]);
    expect(parseCalculatorQuery({ add: "d3351" }, options)).toMatchObject({
      state: { items: [{ code: "D3351", modifier: "", units: 1 }] },
      hasItems: false,
    });
  });

  it("applies the form's units and remove buttons used without JavaScript", () => {
    const result = parseCalculatorQuery(
      {
        items: "99213*1,71046-26*1,99214*1",
        "units.99213": "3",
        "units.71046-26": "1",
        "units.99214": "2",
        remove: "71046-26",
      },
      options,
    );
    expect(result.state.items).toEqual([
      { code: "99213", modifier: "", units: 3 },
      { code: "99214", modifier: "", units: 2 },
    ]);
    expect(result.messages).toEqual([]);
    expect(
      parseCalculatorQuery(new URLSearchParams("items=99213*1&units.99213=lots"), options).messages,
    ).toEqual(["Kept 1 units for 99213: units must be a whole number from 1 to 99."]);
  });
});

describe("unitsParameter", () => {
  it("names the units field of a line by its key", () => {
    expect(unitsParameter({ code: "71046", modifier: "26" })).toBe("units.71046-26");
  });
});

describe("isFormSubmission", () => {
  it("recognises the parameters only the page's own form sends", () => {
    expect(isFormSubmission({ items: "99213*1", apply: "1" })).toBe(true);
    expect(isFormSubmission(new URLSearchParams("remove=99213"))).toBe(true);
    expect(isFormSubmission({ "units.99213": "2" })).toBe(true);
    expect(isFormSubmission({ add: "D3351" })).toBe(false);
  });
});

describe("restoreCalculatorState", () => {
  const stored = "items=99213*2&setting=facility&locality=13202-01&release=RVU24B";

  it("lets a URL that names a list win over the saved one", () => {
    const result = restoreCalculatorState("?items=99214*1", stored, options);
    expect(result.state.items).toEqual([{ code: "99214", modifier: "", units: 1 }]);
    expect(result.state.setting).toBe("non-facility");
  });

  it("adds the URL's codes to the saved list and keeps its settings unless the URL changes them", () => {
    const result = restoreCalculatorState("?add=D3351&release=RVU25D", stored, options);
    expect(result.state).toEqual({
      items: [
        { code: "99213", modifier: "", units: 2 },
        { code: "D3351", modifier: "", units: 1 },
      ],
      setting: "facility",
      localityId: "13202-01",
      releaseId: "RVU25D",
    });
  });

  it("reads the URL alone when nothing was saved", () => {
    expect(restoreCalculatorState("add=99213", null, options).state.items).toEqual([
      { code: "99213", modifier: "", units: 1 },
    ]);
  });

  it("survives a corrupted saved value", () => {
    const result = restoreCalculatorState("", "items=%%%,99213*1&setting=sideways", options);
    expect(result.state.items).toEqual([{ code: "99213", modifier: "", units: 1 }]);
    expect(result.messages).toHaveLength(2);
  });
});
