import { describe, expect, it } from "vitest";

import { getCodeOrSystemPageProps, getCodeOrSystemSlugs } from "@/lib/code-page/static-props";

describe("getCodeOrSystemSlugs", () => {
  it("lists the three code systems and every code once", () => {
    const slugs = getCodeOrSystemSlugs();
    expect(slugs.slice(0, 3)).toEqual(["cpt", "hcpcs", "cdt"]);
    expect(slugs).toContain("D3351");
    expect(new Set(slugs).size).toBe(slugs.length);
  });
});

describe("getCodeOrSystemPageProps", () => {
  it("gives a code page plain JSON props: nothing that JSON would change or Next.js would refuse", () => {
    const props = getCodeOrSystemPageProps("D3351")!;
    expect(props.kind).toBe("code");
    expect(JSON.parse(JSON.stringify(props))).toEqual(props);
  });

  it("sends only what the page shows, not the whole record", () => {
    const props = getCodeOrSystemPageProps("99213")!;
    if (props.kind !== "code") throw new Error("expected a code page");
    expect(Object.keys(props.model.record).sort()).toEqual(
      [
        "category",
        "code",
        "description",
        "lastReviewed",
        "name",
        "plainLanguage",
        "synonyms",
      ].sort(),
    );
  });

  it("summarises a code system by category counts, without the codes themselves", () => {
    const props = getCodeOrSystemPageProps("cdt")!;
    if (props.kind !== "system") throw new Error("expected a system page");
    const counted = props.system.categories.reduce((sum, category) => sum + category.codeCount, 0);
    expect(counted).toBe(props.system.count);
    expect(JSON.stringify(props).length).toBeLessThan(10_000);
  });

  it("has nothing for a slug that is neither a system nor a code", () => {
    expect(getCodeOrSystemPageProps("D9998")).toBeUndefined();
    expect(getCodeOrSystemPageProps("d3351")).toBeUndefined();
  });
});
